#pragma once

#include "diagnostic.h"
#include "openapiexporter.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>
#include <yaml-cpp/yaml.h>

namespace Gatehouse {

// What the designer's forms show of an OpenAPI document. Every element carries the JSON pointer (RFC 6901)
// of the node it was read from, which is what a DesignEdit names.

struct DesignParameter
{
    QString name;
    QString in; // path | query | header | cookie
    QString type; // the schema's type, or the name of a $ref'd component
    bool required = false;
    QString pointer;
    bool inherited = false; // declared on the path item, not on the operation
    bool operator==(const DesignParameter &) const = default;
};

struct DesignOperation
{
    QString method; // lower case, as the document spells it
    QString pointer;
    QString summary;
    QString description;
    QString operationId;
    QString throttlingTier;
    QString productionUrl; // first URL of the operation's own x-wso2-production-endpoints
    bool securityDisabled = false; // x-wso2-disable-security
    QStringList scopes; // x-scopes
    QList<DesignParameter> parameters;
    QString requestBodySchema; // the JSON request body's schema: a component name, a type, or empty
    QStringList responseCodes;
    bool operator==(const DesignOperation &) const = default;
};

struct DesignResource
{
    QString path;
    QString pointer;
    QList<DesignOperation> operations;
    bool operator==(const DesignResource &) const = default;
};

struct DesignSchemaNode
{
    QString name;
    QString type;
    QString format;
    QString reference; // the component a $ref names
    bool required = false; // listed in the parent object's "required"
    QString pointer;
    QList<DesignSchemaNode> children; // properties, or "items" of an array
    bool operator==(const DesignSchemaNode &) const = default;
};

struct ApiDesign
{
    QString openApiVersion;
    QString title;
    QString version;
    QString description;
    QString context; // x-wso2-basePath
    QString productionUrl; // first URL of x-wso2-production-endpoints
    QString sandboxUrl;
    QString throttlingTier;
    QStringList securityTypes; // x-wso2-application-security: oauth2, api_key, basic_auth
    bool schemaValidation = false; // x-wso2-enable-schema-validation
    QList<DesignResource> resources;
    QList<DesignSchemaNode> schemas; // components.schemas
    bool operator==(const ApiDesign &) const = default;
};

// One change a form makes to the document.
struct DesignEdit
{
    enum class Kind
    {
        SetText, // scalar at pointer (maps created on the way); empty text removes the key
        SetList, // sequence of strings at pointer; an empty list removes the key
        SetFlag, // true at pointer, or the key removed
        Remove, // the map entry or sequence item at pointer
        RenameKey, // the last token of pointer becomes text, in the same place
        MoveKey, // the map entry at pointer moves by delta places among its siblings
        AddResource, // text = path template; path parameters declared, one GET operation
        AddOperation, // pointer = path item, text = method
        AddParameter, // pointer = operation, list = name, in, type; flag = required
        SetRequestBodySchema, // pointer = operation, text = component name or type; empty removes the body
        SetResponseCodes, // pointer = operation, list = codes; existing responses kept, others removed
        AddSchema, // text = name, an empty object schema under components.schemas
        AddProperty, // pointer = object schema, list = name, type
        SetType, // pointer = schema; text = a type, or a component name (written as $ref)
        SetRequired, // pointer = property, flag: listed in the parent's "required"
    };
    Kind kind = Kind::SetText;
    QString pointer;
    QString text;
    QStringList list;
    bool flag = false;
    int delta = 0;

    static DesignEdit make(Kind kind, const QString &pointer, const QString &text = QString(),
        const QStringList &list = {}, bool flag = false, int delta = 0)
    {
        return DesignEdit { kind, pointer, text, list, flag, delta };
    }
};

// The designer's document: an OpenAPI 3 document as YAML nodes (a Swagger 2.0 one is converted when it is
// loaded), read into an ApiDesign and changed by DesignEdits, keeping every key it does not model and the
// order of the rest. Not thread-safe: the designer keeps one on its worker thread.
class ApiDesignDocument
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::ApiDesignDocument)
public:
    // False with the reason in *diagnostics when the text is not a document; the loaded one stays.
    bool load(const QByteArray &text, const QString &fileName, QList<Diagnostic> *diagnostics);
    bool isLoaded() const { return m_root.IsMap(); }
    // The document as load() read it, positions included, unless an edit has changed it since or it was
    // converted from Swagger 2.0 (its positions are then not the text's): undefined in those cases.
    YAML::Node parsedText() const
    {
        return m_rootMatchesText ? m_root : YAML::Node(YAML::NodeType::Undefined);
    }
    OpenApiExporter::Format format() const { return m_format; }
    void setFormat(OpenApiExporter::Format format) { m_format = format; }

    ApiDesign design() const;
    // All or nothing: false with *error (the document unchanged) when the edit does not fit it.
    bool apply(const DesignEdit &edit, QString *error);
    std::optional<QByteArray> text(QString *error) const;

    // The document of a new API: one resource, /*, with GET, PUT, POST, DELETE and PATCH (as WSO2 starts
    // one).
    static QByteArray newApiDocument(
        const QString &title, const QString &version, const QString &context, const QString &endpointUrl);
    static QString pointerToken(const QString &key); // "~" and "/" escaped
    static QStringList pathParameterNames(const QString &pathTemplate);
    static const QStringList &jsonSchemaTypes(); // string, integer, number, boolean, array, object

private:
    bool applyTo(YAML::Node &root, const DesignEdit &edit, QString *error) const;

    YAML::Node m_root;
    bool m_rootMatchesText = false;
    OpenApiExporter::Format m_format = OpenApiExporter::Format::Yaml;
};

} // namespace Gatehouse
