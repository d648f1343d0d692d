#pragma once

namespace valijson {
class SchemaParser;
}

namespace Gatehouse::SchemaConstraints {

// Registers Gatehouse's `pattern` and `format` checks (SchemaDialect::patternKeyword, formatKeyword) with
// a parser. `pattern` runs on QRegularExpression (PCRE2: no recursion on the stack, a match limit);
// `format` checks date, date-time, time, int32 and int64 and accepts other formats as annotations.
// A pattern that does not compile makes populateSchema() throw std::runtime_error.
void install(valijson::SchemaParser &parser);

} // namespace Gatehouse::SchemaConstraints
