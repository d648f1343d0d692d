#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Gatehouse {

// Read-only view of a named JSON document of the workspace (security scheme, throttle policy, application).
class DocumentPage : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentPage(QWidget *parent = nullptr);
    ~DocumentPage() override;

    void showDocument(const QString &kindTitle, const QString &name, const QByteArray &json);
    QString text() const;

private:
    void setUpHighlighting();

    QLabel *m_heading;
    QLabel *m_kindLabel;
    QPlainTextEdit *m_editor;
    KSyntaxHighlighting::Repository *m_repository = nullptr; // owned; only with KSyntaxHighlighting
};

} // namespace Gatehouse
