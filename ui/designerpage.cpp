#include "designerpage.h"

#include "designerforms.h"
#include "openapiexporter.h"
#include "pagewidgets.h"
#include "problemspanel.h"
#include "resourceeditor.h"
#include "schemaeditor.h"
#include "sourceeditor.h"
#include "workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Gatehouse {

namespace {

constexpr int typingPauseMs = 400;

// One change of the source text, made by a form or by typing. A typing change stays open while the user
// types; its "after" text is taken when it closes, so keystrokes do not copy the document.
class SourceChangeCommand : public QUndoCommand
{
public:
    SourceChangeCommand(
        DesignerPage *page, QByteArray before, QByteArray after, const QString &text, bool open)
        : QUndoCommand(text)
        , m_page(page)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_open(open)
        , m_skipRedo(open)
    { }

    void undo() override
    {
        if (m_open)
            close(m_page->takeTypedText());
        m_page->showSource(m_before);
    }

    void redo() override
    {
        if (m_skipRedo) { // the editor shows the typed text already
            m_skipRedo = false;
            return;
        }
        m_page->showSource(m_after);
    }

    bool isOpen() const { return m_open; }
    void close(QByteArray after)
    {
        m_after = std::move(after);
        m_open = false;
    }

private:
    DesignerPage *m_page;
    QByteArray m_before;
    QByteArray m_after;
    bool m_open;
    bool m_skipRedo;
};

SourceChangeCommand *openTypingCommand(QUndoStack *stack)
{
    if (stack->index() == 0 || stack->index() != stack->count())
        return nullptr;
    auto *command = const_cast<SourceChangeCommand *>(
        dynamic_cast<const SourceChangeCommand *>(stack->command(stack->index() - 1)));
    return command && command->isOpen() ? command : nullptr;
}

} // namespace

DesignerPage::DesignerPage(QWidget *parent)
    : QWidget(parent)
    , m_undoStack(new QUndoStack(this))
    , m_typingTimer(new QTimer(this))
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_saveButton(new QPushButton(this))
    , m_banner(new MessageBanner(this))
    , m_formTabs(new QTabWidget(this))
    , m_settings(new ApiSettingsForm(this))
    , m_resources(new ResourceEditor(this))
    , m_schemas(new SchemaEditor(this))
    , m_source(new SourceEditor(this))
    , m_problems(new ProblemsPanel(this))
{
    m_heading->setObjectName(QStringLiteral("designerHeading"));
    m_status->setObjectName(QStringLiteral("designerStatus"));
    m_saveButton->setObjectName(QStringLiteral("designerSave"));
    m_source->setObjectName(QStringLiteral("designerSource"));
    m_formTabs->setObjectName(QStringLiteral("designerForms"));
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(typingPauseMs);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    connect(m_typingTimer, &QTimer::timeout, this, &DesignerPage::closeTyping);
    connect(m_source, &SourceEditor::userEdited, this, &DesignerPage::onUserTyped);
    connect(m_problems, &ProblemsPanel::locationActivated, m_source, &SourceEditor::goTo);
    connect(&m_session, &DesignerSession::analysed, this, &DesignerPage::onAnalysed);
    connect(&m_session, &DesignerSession::edited, this, &DesignerPage::onEdited);
    connect(&m_session, &DesignerSession::editRefused, this, [this](const QString &error) {
        if (!m_pendingEditDescriptions.isEmpty())
            m_pendingEditDescriptions.removeFirst();
        m_source->setReadOnly(!m_pendingEditDescriptions.isEmpty());
        m_banner->showMessage(MessageBanner::Kind::Error, error);
        showAnalysis(m_analysis); // the forms go back to what the document says
    });
    connect(&m_session, &DesignerSession::busyChanged, this,
        [this](bool busy) { m_status->setText(busy ? tr("Checking…") : QString()); });
    connect(m_saveButton, &QPushButton::clicked, this, &DesignerPage::save);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &DesignerPage::save);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] { retranslate(); });
    for (DesignerForm *form : std::initializer_list<DesignerForm *> { m_settings, m_resources, m_schemas })
        connect(form, &DesignerForm::editRequested, this, &DesignerPage::requestEdit);

    m_formTabs->addTab(m_settings, QString());
    m_formTabs->addTab(m_resources, QString());
    m_formTabs->addTab(m_schemas, QString());
    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(m_formTabs);
    sides->addWidget(m_source);
    sides->setStretchFactor(1, 1);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(sides);
    vertical->addWidget(m_problems);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_status);
    top->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(vertical, 1);
    m_banner->clearMessage();
    retranslate();
}

DesignerPage::~DesignerPage() = default;

bool DesignerPage::openApi(Workspace *workspace, const QString &apiId)
{
    closeApi();
    const std::optional<ApiRecord> record = workspace ? workspace->api(apiId) : std::nullopt;
    if (!record)
        return false;
    QByteArray text = record->sourceDocument;
    if (text.isEmpty()) {
        QString error;
        if (const auto exported = OpenApiExporter::exportApi(*record, OpenApiExporter::Format::Yaml, &error))
            text = exported->document;
    }
    m_workspace = workspace;
    m_apiId = apiId;
    m_baselineSecurity.reset();
    QStringList tiers;
    for (const ThrottlePolicy &policy : workspace->throttlePolicies()) {
        if (policy.level == ThrottlePolicyLevel::Advanced)
            tiers << policy.name;
    }
    m_settings->setThrottlingTiers(tiers);
    m_resources->setThrottlingTiers(tiers);
    m_session.setFileName(record->definition.name
        + (text.trimmed().startsWith('{') ? QStringLiteral(".json") : QStringLiteral(".yaml")));
    m_source->setLanguage(text.trimmed().startsWith('{') ? SourceLanguage::Json : SourceLanguage::Yaml);
    m_heading->setText(QStringLiteral("%1 %2").arg(record->definition.name, record->definition.version));
    showSource(text);
    m_undoStack->clear();
    return true;
}

void DesignerPage::closeApi()
{
    m_typingTimer->stop();
    m_pendingTyping = false;
    m_undoStack->clear();
    m_workspace = nullptr;
    m_apiId.clear();
    m_analysis = DesignerAnalysis();
    m_committedText.clear();
    m_banner->clearMessage();
}

bool DesignerPage::isModified() const
{
    return !m_undoStack->isClean() || m_pendingTyping;
}

QString DesignerPage::sourceText() const
{
    return m_source->toPlainText();
}

void DesignerPage::showSource(const QByteArray &text)
{
    m_typingTimer->stop();
    m_pendingTyping = false;
    m_committedText = text;
    m_source->setTextPreservingView(QString::fromUtf8(text));
    if (m_editResultShown) // the session has just made and analysed this text
        m_editResultShown = false;
    else
        m_session.analyse(text);
}

QByteArray DesignerPage::takeTypedText()
{
    m_typingTimer->stop();
    m_pendingTyping = false;
    m_committedText = m_source->toPlainText().toUtf8();
    return m_committedText;
}

void DesignerPage::onUserTyped()
{
    if (!openTypingCommand(m_undoStack))
        m_undoStack->push(
            new SourceChangeCommand(this, m_committedText, QByteArray(), tr("Edit source"), true));
    m_pendingTyping = true;
    m_typingTimer->start();
}

void DesignerPage::closeTyping()
{
    if (!m_pendingTyping)
        return;
    const QByteArray text = takeTypedText();
    if (SourceChangeCommand *command = openTypingCommand(m_undoStack))
        command->close(text);
    m_session.analyse(text);
}

void DesignerPage::requestEdit(const DesignEdit &edit, const QString &description)
{
    closeTyping();
    m_pendingEditDescriptions << description;
    m_source->setReadOnly(true); // until the edited text comes back
    m_session.applyEdit(edit);
}

void DesignerPage::onAnalysed(const DesignerAnalysis &analysis)
{
    if (analysis.text != m_committedText)
        return; // the user typed on; a newer analysis is coming
    showAnalysis(analysis);
}

void DesignerPage::onEdited(const DesignerAnalysis &analysis)
{
    const QString description
        = m_pendingEditDescriptions.isEmpty() ? tr("Edit") : m_pendingEditDescriptions.takeFirst();
    if (m_pendingEditDescriptions.isEmpty())
        m_source->setReadOnly(false);
    m_banner->clearMessage();
    m_editResultShown = true;
    m_undoStack->push(new SourceChangeCommand(this, m_committedText, analysis.text, description, false));
    showAnalysis(analysis);
}

void DesignerPage::showAnalysis(const DesignerAnalysis &analysis)
{
    m_analysis = analysis;
    if (!m_baselineSecurity && analysis.imported)
        m_baselineSecurity = analysis.imported->definition.security;
    m_source->setDiagnostics(analysis.diagnostics);
    m_problems->setDiagnostics(analysis.diagnostics);
    m_formTabs->setEnabled(analysis.parsed);
    m_formTabs->setToolTip(
        analysis.parsed ? QString() : tr("The source does not parse; the forms show its last good state."));
    if (!analysis.parsed)
        return;
    m_settings->setDesign(analysis.design);
    m_resources->setDesign(analysis.design);
    m_schemas->setDesign(analysis.design);
}

bool DesignerPage::save()
{
    closeTyping();
    if (!m_workspace || m_apiId.isEmpty())
        return false;
    if (isAnalysing() || m_analysis.text != m_committedText) {
        m_banner->showMessage(
            MessageBanner::Kind::Warning, tr("The source is still being checked; save again in a moment."));
        return false;
    }
    if (!m_analysis.imported) {
        m_banner->showMessage(MessageBanner::Kind::Error,
            tr("The definition has errors and was not saved; the Problems list shows where."));
        return false;
    }
    std::optional<ApiRecord> record = m_workspace->api(m_apiId);
    if (!record) {
        m_banner->showMessage(MessageBanner::Kind::Error, m_workspace->lastError());
        return false;
    }
    ApiConfig definition = m_analysis.imported->definition;
    definition.id = m_apiId;
    // Security set on the API's Security tab is not in the document; it stays unless the document's changed.
    if (m_baselineSecurity && definition.security == *m_baselineSecurity)
        definition.security = record->definition.security;
    record->definition = definition;
    record->description = m_analysis.imported->description;
    record->implementationType = m_analysis.imported->implementationType;
    record->sourceDocument = m_analysis.text;
    std::optional<int> revision;
    if (m_workspace->updateApi(*record))
        revision = m_workspace->createRevision(m_apiId);
    if (!revision) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Not saved: %1").arg(m_workspace->lastError()));
        return false;
    }
    m_baselineSecurity = m_analysis.imported->definition.security;
    m_undoStack->setClean();
    m_heading->setText(QStringLiteral("%1 %2").arg(definition.name, definition.version));
    m_banner->showMessage(MessageBanner::Kind::Info, tr("Saved as revision %1.").arg(*revision));
    emit saved(m_apiId, *revision);
    return true;
}

void DesignerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DesignerPage::retranslate()
{
    m_formTabs->setTabText(0, tr("API"));
    m_formTabs->setTabText(1, tr("Resources"));
    m_formTabs->setTabText(2, tr("Schemas"));
    m_saveButton->setText(m_undoStack->isClean() ? tr("Save") : tr("Save*"));
    m_saveButton->setToolTip(tr("Store the definition and make a revision (Ctrl+S)"));
}

} // namespace Gatehouse
