using System.Collections.Generic;

namespace SalesGoals.Crm.Integration.Mapping.Json;

internal sealed record ObjectMapDocument(string ExternalObject, string CanonicalEntity, IReadOnlyList<FieldMapDocument> Fields);
