#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;

namespace Gatehouse {

// Shown when no workspace is open: create the demo, create or open a workspace, or reopen a recent one.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentWorkspaces(const QStringList &paths);

signals:
    void newDemoWorkspaceRequested();
    void newWorkspaceRequested();
    void openWorkspaceRequested();
    void openRecentRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_heading;
    QLabel *m_introduction;
    QCommandLinkButton *m_demoButton;
    QCommandLinkButton *m_newButton;
    QCommandLinkButton *m_openButton;
    QLabel *m_recentHeading;
    QLabel *m_recentList;
    QStringList m_recentPaths;
};

} // namespace Gatehouse
