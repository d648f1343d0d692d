#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Gatehouse {

class MessageBanner;
class RevokeDialog;
class Workspace;

// Tokens and API keys revoked before they expire. Running environments refuse them at once.
class RevokedTokensPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        CredentialColumn,
        ExpiresColumn,
        RevokedAtColumn,
        ColumnCount
    };

    explicit RevokedTokensPanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void refresh();
    QTableWidget *revocationTable() const { return m_table; }
    RevokeDialog *openDialog() const;

public slots:
    void revokeInteractive();

signals:
    void revocationsChanged(const QString &statusMessage);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Workspace *m_workspace = nullptr;
    QLabel *m_hint;
    QTableWidget *m_table;
    QPushButton *m_revokeButton;
    MessageBanner *m_banner;
};

} // namespace Gatehouse
