#pragma once

#include "config/securityconfig.h"

#include <optional>
#include <yaml-cpp/yaml.h>

// The security half of OpenApiExporter: an API's and an operation's security written back as the keys
// OpenApiReader reads (x-wso2-application-security, x-wso2-disable-security, x-wso2-mutual-ssl,
// x-wso2-auth-header, x-wso2-api-key-header, x-wso2-cors; per operation x-wso2-disable-security and
// `security: [{default: [scopes]}]` with WSO2's "default" OAuth2 scheme). Each writes only what differs from
// what the document says already (documented), so an untouched document keeps its own wording.
namespace Gatehouse::OpenApiSecurityWriter {

// WSO2's CORS mapping (x-wso2-cors in OpenAPI, corsConfiguration in apictl's api.yaml: the same keys).
YAML::Node corsNode(const std::optional<CorsConfig> &cors);
void writeApiSecurity(
    YAML::Node root, const ApiSecurity &wanted, const std::optional<ApiSecurity> &documented);
void writeOperationSecurity(YAML::Node root, YAML::Node operation, const OperationSecurity &wanted,
    const std::optional<OperationSecurity> &documented);

} // namespace Gatehouse::OpenApiSecurityWriter
