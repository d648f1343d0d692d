#include "settingsdialog.h"

#include "translationmanager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Gatehouse {

SettingsDialog::SettingsDialog(TranslationManager *translations, QWidget *parent)
    : QDialog(parent)
    , m_translations(translations)
    , m_languageLabel(new QLabel(this))
    , m_languageCombo(new QComboBox(this))
    , m_noteLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    const QStringList languages = TranslationManager::availableLanguages();
    for (const QString &language : languages)
        m_languageCombo->addItem(TranslationManager::nativeLanguageName(language), language);
    setSelectedLanguage(m_translations && !m_translations->currentLanguage().isEmpty()
            ? m_translations->currentLanguage()
            : TranslationManager::storedLanguage());
    m_languageLabel->setBuddy(m_languageCombo);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setStyleSheet(QStringLiteral("color:palette(mid);"));

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_languageCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_noteLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    retranslate();
    resize(420, sizeHint().height());
}

QString SettingsDialog::selectedLanguage() const
{
    return m_languageCombo->currentData().toString();
}

void SettingsDialog::setSelectedLanguage(const QString &language)
{
    const int index = m_languageCombo->findData(language);
    if (index >= 0)
        m_languageCombo->setCurrentIndex(index);
}

void SettingsDialog::accept()
{
    const QString language = selectedLanguage();
    TranslationManager::storeLanguage(language);
    if (m_translations)
        m_translations->apply(language);
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_noteLabel->setText(
        tr("The language changes as soon as you press OK and is remembered for the next start."));
}

} // namespace Gatehouse
