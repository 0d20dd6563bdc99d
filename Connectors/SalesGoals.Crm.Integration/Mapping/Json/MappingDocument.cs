using System.Collections.Generic;

namespace SalesGoals.Crm.Integration.Mapping.Json;

/// <summary>Version 1 of the mapping file. Property names and order are the file format: change them only with a new version.</summary>
internal sealed record MappingDocument(
    int Version,
    ExternalSystem System,
    string DefaultCurrency,
    UserMatchStrategy UserMatch,
    IReadOnlyList<ObjectMapDocument> Objects,
    IReadOnlyList<ValueMapDocument>? ValueMaps = null,
    IReadOnlyList<UserMapDocument>? Users = null);
