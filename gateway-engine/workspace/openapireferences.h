#pragma once

#include "diagnostic.h"

#include <QCoreApplication>
#include <yaml-cpp/yaml.h>

namespace Gatehouse {

// $refs to other files, resolved at import: each {$ref: "common.yaml#/Pet"} is replaced in place by what it
// points to, read relative to the document that holds the reference (references inside that file are
// followed the same way). Remote references (http://, https://, //host) are refused: Gatehouse never
// fetches a definition over the network. Local references (#/...) stay for the reader. Cycles and missing
// files or targets are errors at the $ref's position.
class OpenApiReferences
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::OpenApiImporter)
public:
    // baseDirectory empty: the document came without a location, so a file reference is an error.
    static void inlineFileReferences(YAML::Node root, const QString &fileName, const QString &baseDirectory,
        QList<Diagnostic> *diagnostics);
};

} // namespace Gatehouse
