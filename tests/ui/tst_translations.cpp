#include "settingsdialog.h"
#include "translationmanager.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Gatehouse;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one per numerus form, or the single translation
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage { context, {}, {},
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {} };
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations.append(xml.readElementText());
                messages.append(message);
            } else {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
                messages.append(message);
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString key(const TsMessage &message)
{
    return message.context + QLatin1Char('\x1f') + message.source + QLatin1Char('\x1f') + message.comment;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(GATEHOUSE_SOURCE_DIR "/translations/gatehouse_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void germanQmTranslatesKnownStrings_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("disambiguation");
        QTest::addColumn<QString>("german");
        QTest::newRow("menu") << QStringLiteral("Gatehouse::MainWindow") << QStringLiteral("&File")
                              << QString() << QStringLiteral("&Datei");
        QTest::newRow("tree category")
            << QStringLiteral("Gatehouse::WorkspaceTreeModel") << QStringLiteral("Throttle policies")
            << QString() << QStringLiteral("Drosselungsrichtlinien");
        QTest::newRow("comparison column")
            << QStringLiteral("Gatehouse::CapabilityTableModel") << QStringLiteral("Verified here")
            << QString() << QStringLiteral("Hier geprüft");
        QTest::newRow("badge") << QStringLiteral("Gatehouse::SupportBadge") << QStringLiteral("Partial")
                               << QString() << QStringLiteral("Teilweise");
        QTest::newRow("button") << QStringLiteral("Gatehouse::EnvironmentsPage") << QStringLiteral("&Start")
                                << QString() << QStringLiteral("&Starten");
        QTest::newRow("main.cpp") << QStringLiteral("main")
                                  << QStringLiteral("Only one workspace can be opened at a time.")
                                  << QString()
                                  << QStringLiteral(
                                         "Es kann nur ein Arbeitsbereich gleichzeitig geöffnet werden.");
    }

    void germanQmTranslatesKnownStrings()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, disambiguation);
        QFETCH(QString, german);
        QTranslator translator;
        QVERIFY(translator.load(TranslationManager::qmResourcePath(QStringLiteral("de"))));
        QCOMPARE(translator.language(), QStringLiteral("de_DE"));
        QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData(),
                     disambiguation.isEmpty() ? nullptr : disambiguation.toUtf8().constData()),
            german);
    }

    void germanPluralForms()
    {
        QTranslator translator;
        QVERIFY(translator.load(TranslationManager::qmResourcePath(QStringLiteral("de"))));
        QCOMPARE(translator.translate("Gatehouse::MainWindow", "%n environment(s) running", nullptr, 1),
            QStringLiteral("%n Umgebung läuft"));
        QCOMPARE(translator.translate("Gatehouse::MainWindow", "%n environment(s) running", nullptr, 3),
            QStringLiteral("%n Umgebungen laufen"));
        QTranslator english;
        QVERIFY(english.load(TranslationManager::qmResourcePath(QStringLiteral("en"))));
        QCOMPARE(english.translate("Gatehouse::MainWindow", "%n environment(s) running", nullptr, 1),
            QStringLiteral("%n environment running"));
        QCOMPARE(english.translate("Gatehouse::MainWindow", "%n environment(s) running", nullptr, 2),
            QStringLiteral("%n environments running"));
    }

    void switchingLanguageRetranslatesLiveWidgets()
    {
        TranslationManager translations;
        QVERIFY(translations.apply(QStringLiteral("en")));
        SettingsDialog dialog(&translations);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Settings"));
        QVERIFY(translations.apply(QStringLiteral("de")));
        QCOMPARE(translations.currentLanguage(), QStringLiteral("de"));
        // QEvent::LanguageChange is posted to the widgets, so it arrives on the next event loop pass.
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
        QVERIFY(translations.apply(QStringLiteral("en")));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Settings"));
        QVERIFY(!translations.apply(QStringLiteral("xx")));
    }

    void settingsDialogStoresTheLanguage()
    {
        TranslationManager translations;
        QVERIFY(translations.apply(QStringLiteral("en")));
        SettingsDialog dialog(&translations);
        dialog.setSelectedLanguage(QStringLiteral("de"));
        dialog.accept();
        QCOMPARE(TranslationManager::storedLanguage(), QStringLiteral("de"));
        QCOMPARE(translations.currentLanguage(), QStringLiteral("de"));
        TranslationManager::storeLanguage(QStringLiteral("en"));
        QCOMPARE(TranslationManager::storedLanguage(), QStringLiteral("en"));
    }

    void germanTsIsComplete()
    {
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(QStringLiteral("de")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList unfinished;
        for (const TsMessage &message : messages) {
            const bool empty = message.translations.isEmpty()
                || std::any_of(message.translations.cbegin(), message.translations.cend(),
                    [](const QString &text) { return text.isEmpty(); });
            if (!message.translationType.isEmpty() || empty)
                unfinished.append(message.context + QStringLiteral(": ") + message.source);
        }
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    }

    // Every tr() string in the sources must be in both .ts files: runs lupdate on the sources into a scratch
    // file and compares.
    void tsFilesCoverEverySourceString()
    {
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString scanned = scratch.filePath(QStringLiteral("scanned.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(GATEHOUSE_LUPDATE),
            { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral(GATEHOUSE_SOURCE_DIR "/ui"),
                QStringLiteral(GATEHOUSE_SOURCE_DIR "/app/gatehouse/main.cpp"), QStringLiteral("-ts"),
                scanned });
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        QString error;
        const QList<TsMessage> sourceMessages = readTs(scanned, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(sourceMessages.size() > 100);
        for (const QString &language : { QStringLiteral("de"), QStringLiteral("en") }) {
            QSet<QString> known;
            const QList<TsMessage> messages = readTs(tsPath(language), &error);
            for (const TsMessage &message : messages) {
                if (message.translationType != QLatin1String("vanished")
                    && message.translationType != QLatin1String("obsolete"))
                    known.insert(key(message));
            }
            QStringList missing;
            for (const TsMessage &message : sourceMessages) {
                if (!known.contains(key(message)))
                    missing.append(message.context + QStringLiteral(": ") + message.source);
            }
            QVERIFY2(missing.isEmpty(),
                qPrintable(language + QStringLiteral(" lacks:\n") + missing.join(QLatin1Char('\n'))));
        }
    }

    void englishPluralsAreFilledIn()
    {
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(QStringLiteral("en")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int numerus = 0;
        for (const TsMessage &message : messages) {
            if (!message.numerus)
                continue;
            ++numerus;
            QVERIFY2(message.translationType.isEmpty(), qPrintable(message.source));
            QCOMPARE(message.translations.size(), 2);
            QVERIFY(!message.translations.at(0).isEmpty() && !message.translations.at(1).isEmpty());
        }
        QVERIFY(numerus > 0);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
