#pragma once

#include "designerforms.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Gatehouse {

// components.schemas as a tree: rename a schema or property and change its type in place, tick
// "required", add schemas and properties, remove them.
class SchemaEditor : public DesignerForm
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        FormatColumn,
        RequiredColumn
    };

    explicit SchemaEditor(QWidget *parent = nullptr);

    void setDesign(const ApiDesign &design);
    QTreeWidget *tree() const { return m_tree; }
    QTreeWidgetItem *itemAt(const QString &pointer) const;
    void addSchema(const QString &name);
    void addProperty(const QString &name, const QString &type); // to the selected object schema

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addNode(QTreeWidgetItem *parent, const DesignSchemaNode &node, bool isProperty);
    void onItemChanged(QTreeWidgetItem *item, int column);

    QTreeWidget *m_tree;
    QLineEdit *m_newName;
    QComboBox *m_newType;
    QPushButton *m_addSchema;
    QPushButton *m_addProperty;
    QPushButton *m_remove;
    QStringList m_schemaNames;
};

} // namespace Gatehouse
