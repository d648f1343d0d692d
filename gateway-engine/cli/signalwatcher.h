#pragma once

#include <QObject>

class QSocketNotifier;

namespace Gatehouse {

// Turns SIGINT and SIGTERM into a Qt signal on the thread that created the watcher, through a self-pipe:
// the handler only write()s the signal number, which is async-signal-safe. Also ignores SIGPIPE, so a
// closed stdout does not kill the process. One instance per process.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

signals:
    void terminationRequested(int signalNumber);

private:
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Gatehouse
