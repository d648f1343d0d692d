#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace Gatehouse {

class TranslationManager;

// Application settings: for now the user interface language, applied immediately.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(TranslationManager *translations, QWidget *parent = nullptr);

    QString selectedLanguage() const;
    void setSelectedLanguage(const QString &language);
    void accept() override; // stores and applies the choice

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    TranslationManager *m_translations;
    QLabel *m_languageLabel;
    QComboBox *m_languageCombo;
    QLabel *m_noteLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace Gatehouse
