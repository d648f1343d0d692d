#include "schemaeditor.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Gatehouse {

namespace {
constexpr int pointerRole = Qt::UserRole;
constexpr int propertyRole = Qt::UserRole + 1;
constexpr int NameColumn = SchemaEditor::NameColumn;

QSet<QString> expandedPointers(QTreeWidgetItem *item)
{
    QSet<QString> pointers;
    for (int i = 0; i < item->childCount(); ++i) {
        QTreeWidgetItem *child = item->child(i);
        if (child->isExpanded())
            pointers.insert(child->data(NameColumn, pointerRole).toString());
        pointers.unite(expandedPointers(child));
    }
    return pointers;
}
} // namespace

SchemaEditor::SchemaEditor(QWidget *parent)
    : DesignerForm(parent)
    , m_tree(new QTreeWidget(this))
    , m_newName(new QLineEdit(this))
    , m_newType(new QComboBox(this))
    , m_addSchema(new QPushButton(this))
    , m_addProperty(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_tree->setObjectName(QStringLiteral("schemaTree"));
    m_tree->setColumnCount(4);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_newName->setObjectName(QStringLiteral("newSchemaNameEdit"));
    m_newType->setObjectName(QStringLiteral("newSchemaTypeCombo"));
    m_newType->setEditable(true);
    m_newType->addItems(ApiDesignDocument::jsonSchemaTypes());

    connect(m_tree, &QTreeWidget::itemChanged, this, &SchemaEditor::onItemChanged);
    connect(m_addSchema, &QPushButton::clicked, this, [this] { addSchema(m_newName->text().trimmed()); });
    connect(m_addProperty, &QPushButton::clicked, this,
        [this] { addProperty(m_newName->text().trimmed(), m_newType->currentText().trimmed()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_tree->currentItem();
        if (!item || item->text(NameColumn) == QLatin1String("items"))
            return;
        emit editRequested(
            DesignEdit::make(DesignEdit::Kind::Remove, item->data(NameColumn, pointerRole).toString()),
            tr("Remove %1").arg(item->text(NameColumn)));
    });

    auto *row = new QHBoxLayout;
    row->addWidget(m_newName, 1);
    row->addWidget(m_newType);
    row->addWidget(m_addSchema);
    row->addWidget(m_addProperty);
    row->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(row);
    retranslate();
}

void SchemaEditor::setDesign(const ApiDesign &design)
{
    const QSet<QString> expanded = expandedPointers(m_tree->invisibleRootItem());
    const QString current
        = m_tree->currentItem() ? m_tree->currentItem()->data(NameColumn, pointerRole).toString() : QString();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    m_schemaNames.clear();
    for (const DesignSchemaNode &schema : design.schemas) {
        m_schemaNames << schema.name;
        addNode(m_tree->invisibleRootItem(), schema, false);
    }
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QString pointer = (*it)->data(NameColumn, pointerRole).toString();
        (*it)->setExpanded(expanded.contains(pointer) || expanded.isEmpty());
        if (pointer == current)
            m_tree->setCurrentItem(*it);
    }
}

void SchemaEditor::addNode(QTreeWidgetItem *parent, const DesignSchemaNode &node, bool isProperty)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setText(NameColumn, node.name);
    item->setText(TypeColumn, node.type);
    item->setText(FormatColumn, node.format);
    item->setData(NameColumn, pointerRole, node.pointer);
    item->setData(NameColumn, propertyRole, isProperty);
    Qt::ItemFlags flags = item->flags() | Qt::ItemIsEditable;
    if (isProperty) {
        flags |= Qt::ItemIsUserCheckable;
        item->setCheckState(RequiredColumn, node.required ? Qt::Checked : Qt::Unchecked);
    }
    item->setFlags(flags);
    for (const DesignSchemaNode &child : node.children)
        addNode(item, child, child.pointer != node.pointer + QStringLiteral("/items"));
}

QTreeWidgetItem *SchemaEditor::itemAt(const QString &pointer) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(NameColumn, pointerRole).toString() == pointer)
            return *it;
    }
    return nullptr;
}

void SchemaEditor::onItemChanged(QTreeWidgetItem *item, int column)
{
    const QString pointer = item->data(NameColumn, pointerRole).toString();
    const QString name = pointer.section(QLatin1Char('/'), -1)
                             .replace(QLatin1String("~1"), QLatin1String("/"))
                             .replace(QLatin1String("~0"), QLatin1String("~"));
    switch (column) {
    case NameColumn:
        if (item->text(NameColumn) != name && name != QLatin1String("items"))
            emit editRequested(
                DesignEdit::make(DesignEdit::Kind::RenameKey, pointer, item->text(NameColumn).trimmed()),
                tr("Rename %1").arg(name));
        break;
    case TypeColumn:
        emit editRequested(
            DesignEdit::make(DesignEdit::Kind::SetType, pointer, item->text(TypeColumn).trimmed()),
            tr("Change type of %1").arg(name));
        break;
    case FormatColumn:
        emit editRequested(DesignEdit::make(DesignEdit::Kind::SetText, pointer + QStringLiteral("/format"),
                               item->text(FormatColumn).trimmed()),
            tr("Change format of %1").arg(name));
        break;
    case RequiredColumn:
        if (item->data(NameColumn, propertyRole).toBool())
            emit editRequested(DesignEdit::make(DesignEdit::Kind::SetRequired, pointer, QString(), {},
                                   item->checkState(RequiredColumn) == Qt::Checked),
                tr("Change required of %1").arg(name));
        break;
    default:
        break;
    }
}

void SchemaEditor::addSchema(const QString &name)
{
    if (name.isEmpty())
        return;
    emit editRequested(
        DesignEdit::make(DesignEdit::Kind::AddSchema, QString(), name), tr("Add schema %1").arg(name));
    m_newName->clear();
}

void SchemaEditor::addProperty(const QString &name, const QString &type)
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || name.isEmpty())
        return;
    emit editRequested(DesignEdit::make(DesignEdit::Kind::AddProperty,
                           item->data(NameColumn, pointerRole).toString(), QString(), { name, type }),
        tr("Add property %1").arg(name));
    m_newName->clear();
}

void SchemaEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    DesignerForm::changeEvent(event);
}

void SchemaEditor::retranslate()
{
    m_tree->setHeaderLabels({ tr("Name"), tr("Type"), tr("Format"), tr("Required") });
    m_newName->setPlaceholderText(tr("name of a new schema or property"));
    m_addSchema->setText(tr("Add Schema"));
    m_addProperty->setText(tr("Add Property"));
    m_addProperty->setToolTip(tr("Adds a property to the selected schema"));
    m_remove->setText(tr("Remove"));
}

} // namespace Gatehouse
