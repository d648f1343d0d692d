#include "comparisonpage.h"

#include "supportbadge.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Gatehouse {

ComparisonPage::ComparisonPage(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_introLabel(new QLabel(this))
    , m_legendLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_verifyButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_verifyProgress(new QProgressBar(this))
    , m_verifyStatus(new QLabel(this))
    , m_tablesWidget(new QWidget)
    , m_tablesLayout(new QVBoxLayout(m_tablesWidget))
{
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setWordWrap(true);
    m_introLabel->setWordWrap(true);
    m_legendLabel->setTextFormat(Qt::RichText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color:#c0392b;"));
    m_errorLabel->hide();

    auto *scrollArea = new QScrollArea(this);
    scrollArea->setObjectName(QStringLiteral("comparisonScrollArea"));
    scrollArea->setWidgetResizable(true);
    scrollArea->setFrameShape(QFrame::NoFrame);
    scrollArea->setWidget(m_tablesWidget);
    m_tablesLayout->setContentsMargins(0, 0, 8, 0);

    m_verifyButton->setObjectName(QStringLiteral("verifyLiveButton"));
    // A QShortcut of its own: the button's mnemonic (&V) replaces any shortcut set on the button. Only
    // active while the page is shown.
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this, this, &ComparisonPage::verifyLive);
    m_cancelButton->setObjectName(QStringLiteral("cancelVerificationButton"));
    m_cancelButton->hide();
    m_verifyProgress->hide();
    m_verifyProgress->setMaximumWidth(200);
    m_verifyStatus->setObjectName(QStringLiteral("verificationStatus"));
    m_verifyStatus->setWordWrap(true);
    connect(m_verifyButton, &QPushButton::clicked, this, &ComparisonPage::verifyLive);
    connect(m_cancelButton, &QPushButton::clicked, &m_verification, &LiveVerification::cancel);
    connect(&m_verification, &LiveVerification::verdictReady, this, &ComparisonPage::showVerdict);
    connect(&m_verification, &LiveVerification::finished, this, &ComparisonPage::verificationFinished);
    auto *verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verifyButton);
    verifyRow->addWidget(m_cancelButton);
    verifyRow->addWidget(m_verifyProgress);
    verifyRow->addWidget(m_verifyStatus, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_legendLabel);
    layout->addLayout(verifyRow);
    layout->addWidget(m_errorLabel);
    layout->addWidget(scrollArea, 1);

    QString error;
    if (!loadMatrix(CapabilityMatrix::bundledPath(), &error)) {
        m_errorLabel->setText(error);
        m_errorLabel->show();
    }
    retranslate();
}

bool ComparisonPage::loadMatrix(const QString &path, QString *error)
{
    const std::optional<CapabilityMatrix> matrix = CapabilityMatrix::load(path, error);
    if (!matrix)
        return false;
    rebuild(*matrix);
    return true;
}

void ComparisonPage::rebuild(const CapabilityMatrix &matrix)
{
    qDeleteAll(m_views);
    qDeleteAll(m_tableTitles);
    qDeleteAll(m_models);
    m_views.clear();
    m_tableTitles.clear();
    m_models.clear();
    while (QLayoutItem *item = m_tablesLayout->takeAt(0))
        delete item;

    m_titleLabel->setText(matrix.title());
    const QList<CapabilityTable> tables = matrix.tables();
    for (int tableIndex = 0; tableIndex < tables.size(); ++tableIndex) {
        const CapabilityTable &table = tables.at(tableIndex);
        auto *title = new QLabel(table.title, m_tablesWidget);
        QFont font = title->font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        font.setBold(true);
        title->setFont(font);

        auto *model = new CapabilityTableModel(this);
        model->setTable(matrix, tableIndex);

        auto *view = new QTableView(m_tablesWidget);
        view->setObjectName(QStringLiteral("capabilityTable_") + table.id);
        view->setModel(model);
        view->setWordWrap(true);
        view->setIconSize(QSize(18, 18));
        view->setSelectionMode(QAbstractItemView::NoSelection);
        view->setFocusPolicy(Qt::NoFocus);
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->verticalHeader()->hide();
        view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        QHeaderView *header = view->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Stretch);
        header->setSectionResizeMode(model->featureColumn(), QHeaderView::Interactive);
        header->resizeSection(
            model->featureColumn(), view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
        header->setHighlightSections(false);
        header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        view->installEventFilter(this);
        connect(model, &QAbstractItemModel::dataChanged, view, [this, view] { fitHeight(view); });
        connect(header, &QHeaderView::sectionResized, view,
            [this, view] { QTimer::singleShot(0, view, [this, view] { fitHeight(view); }); });

        m_tablesLayout->addWidget(title);
        m_tablesLayout->addWidget(view);
        m_tablesLayout->addSpacing(12);
        m_tableTitles.append(title);
        m_models.append(model);
        m_views.append(view);
        fitHeight(view);
    }
    m_tablesLayout->addStretch(1);
}

void ComparisonPage::fitHeight(QTableView *view)
{
    view->resizeRowsToContents();
    const int padding = view->fontMetrics().height() / 2;
    int height = view->horizontalHeader()->height() + 2 * view->frameWidth();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        view->setRowHeight(row, view->rowHeight(row) + padding);
        height += view->rowHeight(row);
    }
    view->setFixedHeight(height);
}

bool ComparisonPage::setVerification(
    const QString &rowId, const QString &profileId, VerificationState state, const QString &detail)
{
    for (CapabilityTableModel *model : std::as_const(m_models)) {
        if (model->setVerification(rowId, profileId, state, detail))
            return true;
    }
    return false;
}

void ComparisonPage::verifyLive()
{
    if (m_verification.isRunning())
        return;
    for (CapabilityTableModel *model : std::as_const(m_models))
        model->clearVerifications();
    QString error;
    if (!m_verification.start(&error)) {
        m_verifyStatus->setText(error);
        return;
    }
    m_verdictCount = 0;
    m_differences = 0;
    m_verifyProgress->setRange(0, m_verification.checkCount());
    m_verifyProgress->setValue(0);
    m_verifyProgress->show();
    m_cancelButton->show();
    m_verifyButton->setEnabled(false);
    m_verifyStatus->setText(tr("Starting a Choreo Connect and an API Gateway environment…"));
}

void ComparisonPage::showVerdict(const CapabilityVerdict &verdict)
{
    ++m_verdictCount;
    if (!verdict.agrees)
        ++m_differences;
    m_verifyProgress->setValue(m_verdictCount);
    setVerification(verdict.rowId, verdict.profileId,
        verdict.agrees ? VerificationState::Confirmed : VerificationState::Differs, verdict.detail);
    m_verifyStatus->setText(tr("Checked %1 on %2.").arg(verdict.rowId, verdict.profileId));
}

void ComparisonPage::verificationFinished(bool completed, const QString &error)
{
    m_verifyProgress->hide();
    m_cancelButton->hide();
    m_verifyButton->setEnabled(true);
    if (!error.isEmpty())
        m_verifyStatus->setText(tr("Verification failed: %1").arg(error));
    else if (!completed)
        m_verifyStatus->setText(tr("Verification cancelled after %n check(s).", nullptr, m_verdictCount));
    else if (m_differences == 0)
        m_verifyStatus->setText(tr("All %n live check(s) agree with the tables.", nullptr, m_verdictCount));
    else
        m_verifyStatus->setText(tr("%n live check(s) differ from the tables; hover a cell for the evidence.",
            nullptr, m_differences));
}

bool ComparisonPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show) {
        // Runs after the view has laid out its stretched columns for the new width.
        if (auto *view = qobject_cast<QTableView *>(watched))
            QTimer::singleShot(0, view, [this, view] { fitHeight(view); });
    }
    return QWidget::eventFilter(watched, event);
}

void ComparisonPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComparisonPage::retranslate()
{
    const auto badge = [](CapabilitySupport level) {
        const QColor colour = SupportBadge::colour(level);
        return QStringLiteral("<span style=\"color:%1;font-weight:bold;\">&#9679; %2</span>")
            .arg(colour.name(), SupportBadge::label(level).toHtmlEscaped());
    };
    m_introLabel->setText(tr("How WSO2 documents the two gateways. Gatehouse reads these tables from its "
                             "capability data, the same data that checks each deployment against the "
                             "environment's profile."));
    m_legendLabel->setText(tr("%1 &nbsp; %2 &nbsp; %3 &nbsp;&nbsp; The last column shows what live tests in "
                              "Gatehouse confirmed.")
                               .arg(badge(CapabilitySupport::Yes), badge(CapabilitySupport::Partial),
                                   badge(CapabilitySupport::No)));
    m_verifyButton->setText(tr("&Verify live"));
    m_verifyButton->setToolTip(tr("Start an environment of each profile and test every row that has a live "
                                  "check (Ctrl+R)."));
    m_cancelButton->setText(tr("Cancel"));
    for (CapabilityTableModel *model : std::as_const(m_models))
        model->retranslate();
    for (QTableView *view : std::as_const(m_views))
        fitHeight(view);
}

} // namespace Gatehouse
