#include "replymailbox.h"

#include <QMetaObject>
#include <QObject>

namespace Gatehouse {

namespace {

struct ThreadMailbox
{
    std::shared_ptr<ReplyMailbox> mailbox = std::make_shared<ReplyMailbox>();
    ~ThreadMailbox() { mailbox->close(); }
};

} // namespace

std::shared_ptr<ReplyMailbox> ReplyMailbox::forCurrentThread()
{
    thread_local ThreadMailbox threadMailbox;
    return threadMailbox.mailbox;
}

ReplyMailbox::ReplyMailbox()
    : m_receiver(new QObject)
{ }

ReplyMailbox::~ReplyMailbox()
{
    close();
}

void ReplyMailbox::post(std::function<void()> call)
{
    // Posting under the lock: close() cannot delete the receiver between the check and the post, and
    // deleting it later discards the posted call with it.
    QMutexLocker locker(&m_mutex);
    if (m_receiver)
        QMetaObject::invokeMethod(m_receiver, std::move(call), Qt::QueuedConnection);
}

void ReplyMailbox::close()
{
    QMutexLocker locker(&m_mutex);
    delete m_receiver;
    m_receiver = nullptr;
}

} // namespace Gatehouse
