#include "schemaconstraints.h"

#include "schemadialect.h"

#include <QDate>
#include <QRegularExpression>
#include <QString>
#include <limits>
#include <stdexcept>
#include <valijson/constraint_builder.hpp>
#include <valijson/constraints/concrete_constraints.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>

namespace Gatehouse::SchemaConstraints {

namespace {

using valijson::adapters::Adapter;

constexpr qsizetype maxDateTimeLength = 64;

class PatternConstraint final : public valijson::constraints::PolyConstraint
{
public:
    explicit PatternConstraint(const QString &pattern)
        : m_pattern(pattern)
        , m_regex(pattern)
    {
        if (!m_regex.isValid())
            throw std::runtime_error(
                "invalid pattern '" + pattern.toStdString() + "': " + m_regex.errorString().toStdString());
        m_regex.optimize(); // compiled (and JIT-compiled) now, not by the first request
    }

    bool validate(const Adapter &target, const std::vector<std::string> &context,
        valijson::ValidationResults *results) const override
    {
        if (!target.isString())
            return true;
        // Unanchored, as JSON Schema says; a match limit error counts as no match.
        if (m_regex.match(QString::fromStdString(target.getString())).hasMatch())
            return true;
        if (results)
            results->pushError(context, "does not match the pattern '" + m_pattern.toStdString() + "'");
        return false;
    }

private:
    valijson::constraints::Constraint *cloneInto(void *memory) const override
    {
        return new (memory) PatternConstraint(*this);
    }
    size_t sizeOf() const override { return sizeof(PatternConstraint); }

    QString m_pattern;
    QRegularExpression m_regex;
};

bool isDate(const QString &text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

// RFC 3339 full-time: 23:59:60 (a leap second) is allowed, so QTime alone cannot judge it.
bool isTime(const QString &text)
{
    // Compiled before first use: workers match it concurrently, and a lazy compile would race.
    static const QRegularExpression time = [] {
        QRegularExpression expression(QStringLiteral(
            R"(^([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$)"));
        expression.optimize();
        return expression;
    }();
    return text.size() <= maxDateTimeLength && time.match(text).hasMatch();
}

bool isDateTime(const QString &text)
{
    const qsizetype separator = 10;
    return text.size() > separator && text.size() <= maxDateTimeLength
        && (text[separator] == QLatin1Char('T') || text[separator] == QLatin1Char('t'))
        && isDate(text.left(separator)) && isTime(text.mid(separator + 1));
}

class FormatConstraint final : public valijson::constraints::PolyConstraint
{
public:
    explicit FormatConstraint(std::string format)
        : m_format(std::move(format))
    { }

    bool validate(const Adapter &target, const std::vector<std::string> &context,
        valijson::ValidationResults *results) const override
    {
        bool valid = true;
        if (m_format == "int32" || m_format == "int64") {
            int64_t value = 0;
            if (m_format == "int32" && target.isInteger() && target.getInteger(value))
                valid = value >= std::numeric_limits<int32_t>::min()
                    && value <= std::numeric_limits<int32_t>::max();
        } else if (target.isString()) {
            const std::string value = target.getString();
            if (m_format == "date")
                valid = value.size() == 10 && isDate(QString::fromStdString(value));
            else if (m_format == "date-time")
                valid = value.size() <= std::size_t(maxDateTimeLength)
                    && isDateTime(QString::fromStdString(value));
            else if (m_format == "time")
                valid
                    = value.size() <= std::size_t(maxDateTimeLength) && isTime(QString::fromStdString(value));
        }
        if (!valid && results)
            results->pushError(context, "is not a valid " + m_format);
        return valid;
    }

private:
    valijson::constraints::Constraint *cloneInto(void *memory) const override
    {
        return new (memory) FormatConstraint(*this);
    }
    size_t sizeOf() const override { return sizeof(FormatConstraint); }

    std::string m_format;
};

class PatternBuilder final : public valijson::ConstraintBuilder
{
public:
    valijson::constraints::Constraint *make(const Adapter &value) const override
    {
        if (!value.isString())
            throw std::runtime_error("pattern must be a string");
        return new PatternConstraint(QString::fromStdString(value.getString()));
    }
};

class FormatBuilder final : public valijson::ConstraintBuilder
{
public:
    valijson::constraints::Constraint *make(const Adapter &value) const override
    {
        if (!value.isString())
            throw std::runtime_error("format must be a string");
        return new FormatConstraint(value.getString());
    }
};

} // namespace

void install(valijson::SchemaParser &parser)
{
    parser.addConstraintBuilder(SchemaDialect::patternKeyword, new PatternBuilder);
    parser.addConstraintBuilder(SchemaDialect::formatKeyword, new FormatBuilder);
}

} // namespace Gatehouse::SchemaConstraints
