#pragma once

#include <QWidget>

class QLabel;
class QGroupBox;
class QPushButton;
class QTableWidget;

namespace Gatehouse {

class IssuerDialog;
class MessageBanner;
class Workspace;

// The built-in key manager (issuer, key id, its JWKS; never its private key) and the external key
// managers whose tokens the environments accept.
class KeyManagersPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        IssuerColumn,
        KeysColumn,
        AlgorithmsColumn,
        AudiencesColumn,
        ColumnCount
    };

    explicit KeyManagersPanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void refresh();
    QTableWidget *issuerTable() const { return m_issuerTable; }
    IssuerDialog *openDialog() const; // the add/edit dialog while it is shown
    MessageBanner *banner() const { return m_banner; }

public slots:
    void addIssuer();
    void editSelectedIssuer();
    void removeSelectedIssuer();
    void copyJwks();

signals:
    void realmChanged(const QString &statusMessage);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void loadBuiltInKeyManager();
    void updateActions();
    void openIssuerDialog(const QString &existingName);
    QString selectedIssuerName() const;

    Workspace *m_workspace = nullptr;
    QGroupBox *m_builtInGroup;
    QLabel *m_builtInIssuerLabel;
    QLabel *m_builtInIssuerValue;
    QLabel *m_keyIdLabel;
    QLabel *m_keyIdValue;
    QLabel *m_validityLabel;
    QLabel *m_validityValue;
    QPushButton *m_copyJwksButton;
    QGroupBox *m_issuersGroup;
    QLabel *m_issuersHint;
    QTableWidget *m_issuerTable;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    MessageBanner *m_banner;
};

} // namespace Gatehouse
