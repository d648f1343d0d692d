#pragma once

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace Gatehouse {

class ApiResourceModel;
class ApiSecurityEditor;
class DesignerPage;
class Workspace;

// One API: a read-only overview (identity, endpoints, deployments, and every resource × method with the
// endpoint it really uses) and its security settings.
class ApiOverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ApiOverviewPage(QWidget *parent = nullptr);

    // False (and an empty page) when the workspace has no such API.
    bool showApi(Workspace *workspace, const QString &apiId);
    void showSecurityTab();
    void showDesignTab();
    bool isDesignTabShown() const;
    // The designer of the shown API. Each API keeps its own designer (and undo history) until the workspace
    // closes, so moving between APIs loses nothing.
    DesignerPage *designer() const;
    QList<DesignerPage *> designers() const;
    void closeDesigners();
    ApiSecurityEditor *securityEditor() const { return m_securityEditor; }
    QString apiId() const { return m_apiId; }
    ApiResourceModel *resourceModel() const { return m_resourceModel; }
    QString fieldText(const QString &fieldObjectName) const; // for tests: "contextValue", ...

signals:
    void designerCreated(Gatehouse::DesignerPage *designer);
    void designerShown(); // the Design tab became current, or it shows another API's designer
    void apiSaved(const QString &apiId, int revision);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addField(QFormLayout *form, const QString &objectName);
    void retranslate();
    void clear();

    QString m_apiId;
    ApiResourceModel *m_resourceModel;
    QLabel *m_nameLabel;
    QLabel *m_descriptionLabel;
    QFormLayout *m_form;
    QLabel *m_contextValue = nullptr;
    QLabel *m_versionValue = nullptr;
    QLabel *m_typeValue = nullptr;
    QLabel *m_implementationValue = nullptr;
    QLabel *m_productionValue = nullptr;
    QLabel *m_sandboxValue = nullptr;
    QLabel *m_deploymentsValue = nullptr;
    QLabel *m_resourcesHeading;
    QLabel *m_legendLabel;
    QTableView *m_resourceView;
    QTabWidget *m_tabs;
    ApiSecurityEditor *m_securityEditor;
    QStackedWidget *m_designerStack;
    QHash<QString, DesignerPage *> m_designers; // by API id
    Workspace *m_designerWorkspace = nullptr;
};

} // namespace Gatehouse
