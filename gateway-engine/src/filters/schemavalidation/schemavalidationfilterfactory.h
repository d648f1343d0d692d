#pragma once

#include "schemavalidationfilter.h"

namespace Gatehouse {

// Compiles every schema of the validating APIs once per deployment (the snapshot's build); requests only
// look them up by operation.
class SchemaValidationFilterFactory final : public HttpFilterFactory
{
public:
    explicit SchemaValidationFilterFactory(const Router &router)
        : m_config(std::make_shared<const SchemaValidationFilterConfig>(router))
    { }

    QByteArray name() const override { return QByteArrayLiteral("schema-validation"); }
    FilterPtr create() const override { return owned(new SchemaValidationFilter(m_config)); }
    const SchemaValidationFilterConfig &config() const { return *m_config; }

private:
    std::shared_ptr<const SchemaValidationFilterConfig> m_config;
};

} // namespace Gatehouse
