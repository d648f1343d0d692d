#pragma once

#include "capabilitytablemodel.h"
#include "liveverification.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace Gatehouse {

// Choreo Connect versus API Gateway: the capability matrix's tables, read from the bundled data file.
class ComparisonPage : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonPage(QWidget *parent = nullptr);

    // Loads another matrix file (the bundled one is loaded by the constructor).
    bool loadMatrix(const QString &path, QString *error);

    QList<CapabilityTableModel *> tableModels() const { return m_models; }
    QList<QTableView *> tableViews() const { return m_views; }
    // Forwards to the table that holds rowId.
    bool setVerification(const QString &rowId, const QString &profileId, VerificationState state,
        const QString &detail = QString());

    // Starts environments of both profiles and tests every row that has a live check (Ctrl+R).
    void verifyLive();
    LiveVerification &liveVerification() { return m_verification; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild(const CapabilityMatrix &matrix);
    void fitHeight(QTableView *view);
    void retranslate();
    void showVerdict(const CapabilityVerdict &verdict);
    void verificationFinished(bool completed, const QString &error);

    QLabel *m_titleLabel;
    QLabel *m_introLabel;
    QLabel *m_legendLabel;
    QLabel *m_errorLabel;
    QPushButton *m_verifyButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_verifyProgress;
    QLabel *m_verifyStatus;
    LiveVerification m_verification;
    int m_verdictCount = 0;
    int m_differences = 0;
    QWidget *m_tablesWidget;
    QVBoxLayout *m_tablesLayout;
    QList<CapabilityTableModel *> m_models;
    QList<QTableView *> m_views;
    QList<QLabel *> m_tableTitles;
};

} // namespace Gatehouse
