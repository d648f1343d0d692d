#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace Gatehouse::SecretInput {

// A password or client secret from standard input: a pipe or file as is (one trailing newline removed), a
// terminal after prompt with echo switched off. Never from the command line, where ps would show it.
std::optional<QByteArray> read(const QString &prompt, QString *error);

} // namespace Gatehouse::SecretInput
