#pragma once

#include "http/bodydecoder.h"

#include <QByteArray>
#include <QList>

namespace Gatehouse::CodecTest {

struct DecodeOutcome
{
    BodyDecoder::Status status = BodyDecoder::Status::NeedMore; // Done, Error or NeedMore (input ran out)
    QByteArray decoded;
    qsizetype consumed = 0; // input bytes the decoder took; what follows belongs to the next message
    int errorStatus = 0;
};

// Feeds `pieces` to a fresh decoder the way DownstreamConnection does: bytes the decoder has not consumed
// yet stay in front of the next piece.
inline DecodeOutcome decodePieces(
    BodyFraming framing, qint64 contentLength, qint64 maxBodyBytes, const QList<QByteArray> &pieces)
{
    DecodeOutcome outcome;
    BodyDecoder decoder;
    decoder.start(framing, contentLength, maxBodyBytes);
    QByteArray pending;
    for (const QByteArray &piece : pieces) {
        pending += piece;
        while (true) {
            const auto step = decoder.next(pending.constData(), pending.size());
            if (step.size > 0)
                outcome.decoded.append(step.data, step.size);
            outcome.consumed += step.consumed;
            pending.remove(0, step.consumed);
            if (step.status == BodyDecoder::Status::Done || step.status == BodyDecoder::Status::Error) {
                outcome.status = step.status;
                outcome.errorStatus = step.status == BodyDecoder::Status::Error ? decoder.error().status : 0;
                return outcome;
            }
            if (step.status == BodyDecoder::Status::NeedMore)
                break;
        }
    }
    outcome.status = decoder.isDone() ? BodyDecoder::Status::Done : BodyDecoder::Status::NeedMore;
    return outcome;
}

} // namespace Gatehouse::CodecTest
