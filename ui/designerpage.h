#pragma once

#include "designersession.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace Gatehouse {

class ApiSettingsForm;
class MessageBanner;
class ProblemsPanel;
class ResourceEditor;
class SchemaEditor;
class SourceEditor;
class Workspace;

// The API designer: forms (settings, resources and operations, schemas) and the OpenAPI source side by
// side, kept in step through a DesignerSession. The source text is the truth: a form edit is applied to the
// document and comes back as new text; typing in the source updates the forms after a short pause; while the
// source does not parse, the forms keep their last good state and refuse edits. Every change is one step on
// the undo stack, whichever side made it. Save stores the definition and freezes a revision.
class DesignerPage : public QWidget
{
    Q_OBJECT
public:
    explicit DesignerPage(QWidget *parent = nullptr);
    ~DesignerPage() override;

    // Loads the API's source document (or one exported from its definition). False if there is no such API.
    bool openApi(Workspace *workspace, const QString &apiId);
    void closeApi();
    QString apiId() const { return m_apiId; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;
    bool save(); // false (with the reason shown) while the source has errors or the workspace refuses
    bool isAnalysing() const { return m_session.isBusy() || m_pendingTyping; }

    QString sourceText() const;
    const DesignerAnalysis &lastAnalysis() const { return m_analysis; }
    ApiSettingsForm *settingsForm() const { return m_settings; }
    ResourceEditor *resourceEditor() const { return m_resources; }
    SchemaEditor *schemaEditor() const { return m_schemas; }
    SourceEditor *sourceEditor() const { return m_source; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    MessageBanner *banner() const { return m_banner; }

    // Used by the undo commands.
    void showSource(const QByteArray &text);
    QByteArray takeTypedText(); // the editor's text, committed as the start of the next change

signals:
    void saved(const QString &apiId, int revision);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void requestEdit(const DesignEdit &edit, const QString &description);
    void onUserTyped();
    void closeTyping();
    void onAnalysed(const DesignerAnalysis &analysis);
    void onEdited(const DesignerAnalysis &analysis);
    void showAnalysis(const DesignerAnalysis &analysis);

    DesignerSession m_session;
    Workspace *m_workspace = nullptr;
    QString m_apiId;
    QByteArray m_committedText; // the text the top of the undo stack leaves
    DesignerAnalysis m_analysis; // the newest one
    bool m_pendingTyping = false;
    bool m_editResultShown = false;
    QStringList m_pendingEditDescriptions; // of form edits sent to the session, oldest first
    std::optional<ApiSecurity> m_baselineSecurity; // what the document said when opened or last saved
    QUndoStack *m_undoStack;
    QTimer *m_typingTimer;
    QLabel *m_heading;
    QLabel *m_status;
    QPushButton *m_saveButton;
    MessageBanner *m_banner;
    QTabWidget *m_formTabs;
    ApiSettingsForm *m_settings;
    ResourceEditor *m_resources;
    SchemaEditor *m_schemas;
    SourceEditor *m_source;
    ProblemsPanel *m_problems;
};

} // namespace Gatehouse
