#pragma once

#include "config/securityconfig.h"

#include <QDialog>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace Gatehouse {

class MessageBanner;

// Adds or edits an external key manager. OK checks the input here first, then hands it to the save
// handler (the workspace); the dialog stays open with the reason when either refuses.
class IssuerDialog : public QDialog
{
    Q_OBJECT
public:
    enum class KeySource
    {
        JwksUrl,
        JwksFile,
        Certificate,
        HmacSecret
    };
    using SaveHandler = std::function<bool(const IssuerConfig &issuer, QString *error)>;

    explicit IssuerDialog(QWidget *parent = nullptr);

    void setIssuer(const IssuerConfig &issuer, bool editing); // editing: the name cannot change
    IssuerConfig issuer() const;
    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    // Empty when the input is complete and consistent.
    QString validationError() const;
    QString errorText() const;

public slots:
    void accept() override;

private:
    QWidget *createKeySourcePages();
    QWidget *createAlgorithmBoxes();
    void chooseJwksFile();
    void importCertificate();
    void showKeySourcePage(int index);
    KeySource keySource() const;

    QLineEdit *m_nameEdit;
    QLineEdit *m_issuerEdit;
    QComboBox *m_sourceCombo;
    QStackedWidget *m_sourcePages = nullptr;
    QLineEdit *m_jwksUrlEdit = nullptr;
    QLineEdit *m_jwksFileEdit = nullptr;
    QPlainTextEdit *m_certificateEdit = nullptr;
    QLineEdit *m_hmacSecretEdit = nullptr;
    QList<QCheckBox *> m_algorithmBoxes;
    QLineEdit *m_audiencesEdit;
    QSpinBox *m_clockSkewSpin;
    QLineEdit *m_consumerKeyClaimEdit;
    QLineEdit *m_scopesClaimEdit;
    MessageBanner *m_errorBanner;
    SaveHandler m_saveHandler;
};

} // namespace Gatehouse
