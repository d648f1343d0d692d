#pragma once

#include <QObject>
#include <QStringList>
#include <memory>

class QTranslator;

namespace Gatehouse {

// Installs the application's and Qt's translators for the chosen language. Installing sends
// QEvent::LanguageChange to every widget, which retranslates itself.
class TranslationManager : public QObject
{
    Q_OBJECT
public:
    explicit TranslationManager(QObject *parent = nullptr);
    ~TranslationManager() override;

    static QStringList availableLanguages(); // "en", "de"
    static QString nativeLanguageName(const QString &language); // "English", "Deutsch"
    static QString qmResourcePath(const QString &language); // ":/i18n/gatehouse_<language>.qm"
    // The language saved in the settings, else the system's if Gatehouse has it, else English.
    static QString storedLanguage();
    static void storeLanguage(const QString &language);

    bool apply(const QString &language);
    QString currentLanguage() const { return m_language; }

signals:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_language;
};

} // namespace Gatehouse
