#pragma once

#include "capabilitytablemodel.h"

#include <QWidget>

class QLabel;
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

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild(const CapabilityMatrix &matrix);
    void fitHeight(QTableView *view);
    void retranslate();

    QLabel *m_titleLabel;
    QLabel *m_introLabel;
    QLabel *m_legendLabel;
    QLabel *m_errorLabel;
    QWidget *m_tablesWidget;
    QVBoxLayout *m_tablesLayout;
    QList<CapabilityTableModel *> m_models;
    QList<QTableView *> m_views;
    QList<QLabel *> m_tableTitles;
};

} // namespace Gatehouse
