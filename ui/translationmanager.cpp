#include "translationmanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Gatehouse {

namespace {
const QString languageKey = QStringLiteral("ui/language");
}

TranslationManager::TranslationManager(QObject *parent)
    : QObject(parent)
{ }

TranslationManager::~TranslationManager()
{
    removeTranslators();
}

QStringList TranslationManager::availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("de") };
}

QString TranslationManager::nativeLanguageName(const QString &language)
{
    // Each language is offered under its own name, so these are never translated.
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

QString TranslationManager::qmResourcePath(const QString &language)
{
    return QStringLiteral(":/i18n/gatehouse_%1.qm").arg(language);
}

QString TranslationManager::storedLanguage()
{
    const QString stored = QSettings().value(languageKey).toString();
    if (availableLanguages().contains(stored))
        return stored;
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &uiLanguage : uiLanguages) {
        const QString language = uiLanguage.section(QLatin1Char('-'), 0, 0);
        if (availableLanguages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

void TranslationManager::storeLanguage(const QString &language)
{
    QSettings().setValue(languageKey, language);
}

bool TranslationManager::apply(const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    if (language == m_language)
        return true;
    removeTranslators();
    auto appTranslator = std::make_unique<QTranslator>();
    if (!appTranslator->load(qmResourcePath(language)))
        return false;
    m_appTranslator = std::move(appTranslator);
    QCoreApplication::installTranslator(m_appTranslator.get());

    // Qt's own strings (standard dialogs, buttons) when the system has Qt's translations installed.
    auto qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtTranslator = std::move(qtTranslator);
        QCoreApplication::installTranslator(m_qtTranslator.get());
    }
    m_language = language;
    emit languageChanged(language);
    return true;
}

void TranslationManager::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

} // namespace Gatehouse
