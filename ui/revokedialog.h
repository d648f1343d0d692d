#pragma once

#include "credentialissuer.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPlainTextEdit;

namespace Gatehouse {

class MessageBanner;

// Revokes a pasted (or just generated) access token or API key: by its "jti" when it is a JWT with one,
// otherwise by the SHA-256 of the whole text. Shows what will be recorded before OK.
class RevokeDialog : public QDialog
{
    Q_OBJECT
public:
    using RevokeHandler = std::function<bool(const RevocationRequest &revocation, QString *error)>;

    explicit RevokeDialog(QWidget *parent = nullptr);
    ~RevokeDialog() override;

    void setCredential(const QString &credential);
    void setRevokeHandler(RevokeHandler handler) { m_revokeHandler = std::move(handler); }
    QString errorText() const;

public slots:
    void accept() override;

private:
    void updatePreview();

    QPlainTextEdit *m_credentialEdit;
    QLabel *m_previewLabel;
    MessageBanner *m_errorBanner;
    RevokeHandler m_revokeHandler;
};

} // namespace Gatehouse
