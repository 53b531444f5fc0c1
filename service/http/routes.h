// Route families. Each Add*Routes function maps its URLs to core calls; the Router applies the
// shared rules (origin, content type, size, token) before a handler runs.
#pragma once

#include "http/router.h"
#include "http/service_context.h"

namespace vermeld {

void AddHealthRoutes(Router& router, const ServiceContext& ctx);   // /health, /api/v1/policy
void AddAnalyzeRoutes(Router& router, const ServiceContext& ctx);  // /api/v1/analyze
void AddAiRoutes(Router& router,
                 const ServiceContext& ctx);  // /api/v1/disclose, /api/v1/provenance
void AddGatewayRoutes(Router& router,
                      const ServiceContext& ctx);  // /v1/chat/completions, /v1/models
void AddRegisterRoutes(Router& router, const ServiceContext& ctx);  // /api/v1/register, /register
void AddStaticRoutes(Router& router,
                     const ServiceContext& ctx);  // /addin/, /manifest/, /.well-known/

}  // namespace vermeld
