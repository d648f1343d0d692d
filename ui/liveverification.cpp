#include "liveverification.h"

namespace Gatehouse {

namespace {

const QList<GatewayProfile> allProfiles { GatewayProfile::ChoreoConnect, GatewayProfile::ApiGateway };

} // namespace

LiveVerification::LiveVerification(QObject *parent)
    : QObject(parent)
{
    if (std::optional<ProfileCompiler> compiler = ProfileCompiler::createDefault(&m_loadError))
        m_verifier.emplace(std::move(*compiler));
}

LiveVerification::~LiveVerification()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

int LiveVerification::checkCount() const
{
    return m_verifier ? int(m_verifier->verifiableRows().size() * allProfiles.size()) : 0;
}

bool LiveVerification::start(QString *error)
{
    if (m_thread) {
        *error = tr("A verification is already running.");
        return false;
    }
    if (!m_verifier) {
        *error = m_loadError;
        return false;
    }
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_ok = false;
    m_error.clear();
    const CapabilityVerifier verifier = *m_verifier;
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    m_thread = QThread::create([this, verifier, cancelled] {
        QString runError;
        const bool ok = verifier.run(
            {}, allProfiles,
            [this](const CapabilityVerdict &verdict) {
                QMetaObject::invokeMethod(
                    this, [this, verdict] { emit verdictReady(verdict); }, Qt::QueuedConnection);
            },
            cancelled.get(), &runError);
        QMetaObject::invokeMethod(
            this,
            [this, ok, runError] {
                m_ok = ok;
                m_error = runError;
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("Live verification"));
    connect(m_thread, &QThread::finished, this, &LiveVerification::onThreadFinished, Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void LiveVerification::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
}

void LiveVerification::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const bool completed = m_ok && !*m_cancelled;
    emit finished(completed, m_error);
}

} // namespace Gatehouse
