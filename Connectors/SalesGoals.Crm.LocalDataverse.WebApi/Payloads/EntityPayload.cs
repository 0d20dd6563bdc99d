using System;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Payloads;

/// <summary>An entity read from a request body, with the <c>@odata.id</c> it named (UpsertMultiple targets), if any.</summary>
internal sealed record EntityPayload(Entity Entity, Uri? ODataId);
