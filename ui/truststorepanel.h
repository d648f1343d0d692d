#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Gatehouse {

class MessageBanner;
class Workspace;

// The CAs whose client certificates Mutual SSL accepts: import from PEM files, expiry at a glance.
class TrustStorePanel : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        SubjectColumn,
        IssuerColumn,
        ExpiresColumn,
        FingerprintColumn,
        ColumnCount
    };

    explicit TrustStorePanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void refresh();
    QTableWidget *certificateTable() const { return m_table; }
    MessageBanner *banner() const { return m_banner; }
    // Imports every certificate in the file; false (and the reason in the banner) when none was added.
    bool importCaFile(const QString &path);

public slots:
    void importCaFilesInteractive();
    void removeSelectedCa();

signals:
    void realmChanged(const QString &statusMessage);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    QByteArray selectedFingerprint() const;

    Workspace *m_workspace = nullptr;
    QLabel *m_hint;
    QTableWidget *m_table;
    QPushButton *m_importButton;
    QPushButton *m_removeButton;
    MessageBanner *m_banner;
};

} // namespace Gatehouse
