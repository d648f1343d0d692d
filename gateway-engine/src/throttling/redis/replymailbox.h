#pragma once

#include <QMutex>
#include <functional>
#include <memory>

class QObject;

namespace Gatehouse {

// Runs calls on the event loop of the thread that obtained it (forCurrentThread), from any thread.
// Each thread has one, made on first use; its receiver QObject dies with the thread, and calls posted
// after that (or still queued then) are dropped instead of touching a dead thread.
class ReplyMailbox
{
public:
    static std::shared_ptr<ReplyMailbox> forCurrentThread();

    ReplyMailbox();
    ~ReplyMailbox();
    ReplyMailbox(const ReplyMailbox &) = delete;
    ReplyMailbox &operator=(const ReplyMailbox &) = delete;

    void post(std::function<void()> call);
    void close(); // in the owning thread, when it ends

private:
    QMutex m_mutex;
    QObject *m_receiver = nullptr;
};

} // namespace Gatehouse
