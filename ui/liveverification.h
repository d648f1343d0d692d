#pragma once

#include "capabilityverifier.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

namespace Gatehouse {

// Runs CapabilityVerifier on its own thread (it starts environments and waits for answers) and hands
// each verdict to the GUI thread as it comes.
class LiveVerification : public QObject
{
    Q_OBJECT
public:
    explicit LiveVerification(QObject *parent = nullptr);
    ~LiveVerification() override; // cancels and waits for the thread

    bool isRunning() const { return m_thread != nullptr; }
    int checkCount() const; // verdicts a full run produces
    // False when a run is going on or the capability matrix cannot be loaded (*error).
    bool start(QString *error);
    void cancel();

signals:
    void verdictReady(const Gatehouse::CapabilityVerdict &verdict);
    void finished(bool completed, const QString &error); // completed: not cancelled and no failure

private:
    void onThreadFinished();

    std::optional<CapabilityVerifier> m_verifier;
    QString m_loadError;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_ok = false;
    QString m_error;
};

} // namespace Gatehouse
