#pragma once

#include "designerforms.h"

class QLineEdit;
class QComboBox;
class QPushButton;
class QTableWidget;

namespace Gatehouse {

// The resource table (path and methods: add, rename in place, remove, reorder) and the form of the
// selected operation.
class ResourceEditor : public DesignerForm
{
    Q_OBJECT
public:
    explicit ResourceEditor(QWidget *parent = nullptr);

    void setDesign(const ApiDesign &design);
    void setThrottlingTiers(const QStringList &tiers);
    QTableWidget *resourceTable() const { return m_resources; }
    OperationForm *operationForm() const { return m_operationForm; }
    bool selectOperation(const QString &path, const QString &method);
    void addResource(const QString &path);
    void moveSelected(int delta);
    void removeSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSelectedOperation();
    QString selectedPath() const;

    ApiDesign m_design;
    QTableWidget *m_resources;
    QLineEdit *m_newPath;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QComboBox *m_method;
    QComboBox *m_newMethod;
    QPushButton *m_addMethod;
    QPushButton *m_removeMethod;
    OperationForm *m_operationForm;
};

} // namespace Gatehouse
