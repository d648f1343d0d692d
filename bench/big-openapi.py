#!/usr/bin/env python3
# Writes WORK/big.json and WORK/big.yaml: an OpenAPI 3 document with PATHS paths of two operations each and
# long descriptions, as generated documentation has (~10 MB at 1,000 paths). Used by import.sh and designer.sh.
#
#   bench/big-openapi.py PATHS WORK
import json, sys
count, work = int(sys.argv[1]), sys.argv[2]
description = "x" * 9000  # long descriptions, as generated documentation has: ~10 MB at 1,000 paths
paths = {}
for i in range(count):
    paths[f"/items{i}/{{id}}"] = {
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "get": {"operationId": f"get{i}", "description": description,
                "responses": {"200": {"description": "ok", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Item"}, "example": {"id": i, "name": "n" * 50}}}}}},
        "post": {"operationId": f"post{i}",
                 "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}},
                 "responses": {"201": {"description": "created"}}}}
document = {"openapi": "3.0.3", "info": {"title": "Big", "version": "1"},
            "x-wso2-production-endpoints": {"urls": ["http://127.0.0.1:9"]}, "paths": paths,
            "components": {"schemas": {"Item": {"type": "object", "properties": {
                "id": {"type": "integer"}, "name": {"type": "string"}}}}}}
with open(f"{work}/big.json", "w") as out:
    json.dump(document, out, indent=1)
def yaml_scalar(value):
    return json.dumps(value)  # JSON scalars are YAML flow scalars
def emit(value, indent, out):
    pad = " " * indent
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                out.append(f"{pad}{yaml_scalar(key)}:")
                emit(item, indent + 2, out)
            else:
                out.append(f"{pad}{yaml_scalar(key)}: {yaml_scalar(item)}")
    else:
        for item in value:
            if isinstance(item, (dict, list)) and item:
                out.append(f"{pad}-")
                emit(item, indent + 2, out)
            else:
                out.append(f"{pad}- {yaml_scalar(item)}")
lines = []
emit(document, 0, lines)
with open(f"{work}/big.yaml", "w") as out:
    out.write("\n".join(lines) + "\n")
