#include "resourceeditor.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gatehouse {

namespace {
const QStringList methodNames = { QStringLiteral("get"), QStringLiteral("post"), QStringLiteral("put"),
    QStringLiteral("patch"), QStringLiteral("delete"), QStringLiteral("head"), QStringLiteral("options") };
}

ResourceEditor::ResourceEditor(QWidget *parent)
    : DesignerForm(parent)
    , m_resources(new QTableWidget(0, 2, this))
    , m_newPath(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_method(new QComboBox(this))
    , m_newMethod(new QComboBox(this))
    , m_addMethod(new QPushButton(this))
    , m_removeMethod(new QPushButton(this))
    , m_operationForm(new OperationForm(this))
{
    m_resources->setObjectName(QStringLiteral("resourceTable"));
    m_newPath->setObjectName(QStringLiteral("newPathEdit"));
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_resources->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resources->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resources->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_resources->verticalHeader()->hide();
    m_resources->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_newPath->setPlaceholderText(QStringLiteral("/orders/{orderId}"));
    for (const QString &method : methodNames)
        m_newMethod->addItem(method.toUpper(), method);
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));

    connect(m_add, &QPushButton::clicked, this, [this] { addResource(m_newPath->text().trimmed()); });
    connect(m_newPath, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, &ResourceEditor::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_resources, &QTableWidget::itemSelectionChanged, this, &ResourceEditor::showSelectedOperation);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ResourceEditor::showSelectedOperation);
    connect(m_resources, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        const int row = item->row();
        if (item->column() != 0 || row >= m_design.resources.size()
            || item->text() == m_design.resources.at(row).path)
            return;
        emit editRequested(DesignEdit::make(DesignEdit::Kind::RenameKey, m_design.resources.at(row).pointer,
                               item->text().trimmed()),
            tr("Rename resource %1").arg(m_design.resources.at(row).path));
    });
    connect(m_addMethod, &QPushButton::clicked, this, [this] {
        const QString path = selectedPath();
        if (path.isEmpty())
            return;
        const QString method = m_newMethod->currentData().toString();
        emit editRequested(DesignEdit::make(DesignEdit::Kind::AddOperation,
                               QStringLiteral("/paths/") + ApiDesignDocument::pointerToken(path), method),
            tr("Add %1 %2").arg(method.toUpper(), path));
    });
    connect(m_removeMethod, &QPushButton::clicked, this, [this] {
        if (m_operationForm->pointer().isEmpty())
            return;
        emit editRequested(DesignEdit::make(DesignEdit::Kind::Remove, m_operationForm->pointer()),
            tr("Remove %1 %2").arg(m_method->currentText(), selectedPath()));
    });
    connect(m_operationForm, &DesignerForm::editRequested, this, &DesignerForm::editRequested);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_newPath, 1);
    pathRow->addWidget(m_add);
    pathRow->addWidget(m_remove);
    pathRow->addWidget(m_up);
    pathRow->addWidget(m_down);
    auto *methodRow = new QHBoxLayout;
    methodRow->addWidget(m_method, 1);
    methodRow->addWidget(m_newMethod);
    methodRow->addWidget(m_addMethod);
    methodRow->addWidget(m_removeMethod);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_resources, 1);
    topLayout->addLayout(pathRow);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(methodRow);
    bottomLayout->addWidget(m_operationForm, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    retranslate();
}

void ResourceEditor::setDesign(const ApiDesign &design)
{
    const QString path = selectedPath();
    const QString method = m_method->currentData().toString();
    m_design = design;
    {
        const QSignalBlocker blocker(m_resources);
        m_resources->setRowCount(int(design.resources.size()));
        for (int row = 0; row < design.resources.size(); ++row) {
            const DesignResource &resource = design.resources.at(row);
            QStringList methods;
            for (const DesignOperation &operation : resource.operations)
                methods << operation.method.toUpper();
            auto *pathItem = new QTableWidgetItem(resource.path);
            auto *methodsItem = new QTableWidgetItem(methods.join(QLatin1Char(' ')));
            methodsItem->setFlags(methodsItem->flags() & ~Qt::ItemIsEditable);
            m_resources->setItem(row, 0, pathItem);
            m_resources->setItem(row, 1, methodsItem);
        }
    }
    if (!selectOperation(path, method) && !design.resources.isEmpty() && path.isEmpty())
        m_resources->selectRow(0);
    showSelectedOperation();
}

void ResourceEditor::setThrottlingTiers(const QStringList &tiers)
{
    m_operationForm->setThrottlingTiers(tiers);
}

bool ResourceEditor::selectOperation(const QString &path, const QString &method)
{
    for (int row = 0; row < m_design.resources.size(); ++row) {
        if (m_design.resources.at(row).path != path)
            continue;
        {
            const QSignalBlocker blocker(m_resources);
            m_resources->selectRow(row);
        }
        showSelectedOperation();
        const int index = m_method->findData(method);
        if (index >= 0)
            m_method->setCurrentIndex(index);
        return true;
    }
    return false;
}

QString ResourceEditor::selectedPath() const
{
    const int row = m_resources->currentRow();
    const QList<QTableWidgetItem *> selected = m_resources->selectedItems();
    if (selected.isEmpty() || row < 0 || row >= m_design.resources.size())
        return QString();
    return m_design.resources.at(row).path;
}

void ResourceEditor::showSelectedOperation()
{
    const int row = m_resources->currentRow();
    const bool hasResource = !selectedPath().isEmpty();
    m_remove->setEnabled(hasResource);
    m_up->setEnabled(hasResource && row > 0);
    m_down->setEnabled(hasResource && row + 1 < m_design.resources.size());
    m_addMethod->setEnabled(hasResource);
    if (!hasResource) {
        const QSignalBlocker blocker(m_method);
        m_method->clear();
        m_operationForm->clearOperation();
        return;
    }
    const DesignResource &resource = m_design.resources.at(row);
    {
        const QSignalBlocker blocker(m_method);
        const QString current = m_method->currentData().toString();
        m_method->clear();
        for (const DesignOperation &operation : resource.operations)
            m_method->addItem(operation.method.toUpper(), operation.method);
        const int index = m_method->findData(current);
        m_method->setCurrentIndex(index >= 0 ? index : 0);
    }
    const int operationIndex = m_method->currentIndex();
    m_removeMethod->setEnabled(operationIndex >= 0);
    QStringList schemaNames;
    for (const DesignSchemaNode &schema : std::as_const(m_design.schemas))
        schemaNames << schema.name;
    if (operationIndex >= 0 && operationIndex < resource.operations.size())
        m_operationForm->setOperation(resource.operations.at(operationIndex), schemaNames);
    else
        m_operationForm->clearOperation();
}

void ResourceEditor::addResource(const QString &path)
{
    if (path.isEmpty())
        return;
    emit editRequested(
        DesignEdit::make(DesignEdit::Kind::AddResource, QString(), path), tr("Add resource %1").arg(path));
    m_newPath->clear();
}

void ResourceEditor::moveSelected(int delta)
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    emit editRequested(
        DesignEdit::make(DesignEdit::Kind::MoveKey,
            QStringLiteral("/paths/") + ApiDesignDocument::pointerToken(path), QString(), {}, false, delta),
        tr("Move resource %1").arg(path));
}

void ResourceEditor::removeSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    emit editRequested(DesignEdit::make(DesignEdit::Kind::Remove,
                           QStringLiteral("/paths/") + ApiDesignDocument::pointerToken(path)),
        tr("Remove resource %1").arg(path));
}

void ResourceEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    DesignerForm::changeEvent(event);
}

void ResourceEditor::retranslate()
{
    m_resources->setHorizontalHeaderLabels({ tr("Path"), tr("Methods") });
    m_add->setText(tr("Add Resource"));
    m_remove->setText(tr("Remove"));
    m_up->setText(tr("Up"));
    m_down->setText(tr("Down"));
    m_up->setToolTip(tr("Move the resource up (Alt+Up)"));
    m_down->setToolTip(tr("Move the resource down (Alt+Down)"));
    m_addMethod->setText(tr("Add Method"));
    m_removeMethod->setText(tr("Remove Method"));
}

} // namespace Gatehouse
