using System.Collections.Generic;
using System.Text.Json;
using SalesGoals.Crm.Integration.Mapping.Catalog;

namespace SalesGoals.Crm.Integration.Mapping.Translation;

/// <summary>How one vendor encodes values in its JSON records. Canonical values use the CLR types listed on
/// <see cref="CanonicalType"/>; the format only converts, it never maps values (that is the value maps' job).</summary>
public interface IValueFormat
{
    ExternalSystem System { get; }

    /// <summary>The record's id field (Zoho <c>id</c>, Fenxiang <c>_id</c>).</summary>
    string RecordIdField { get; }

    /// <summary>Reads <paramref name="field"/> of <paramref name="record"/> as a canonical <paramref name="type"/> value.
    /// The whole record is given because some vendors put part of a value beside it (Fenxiang's <c>field__r</c> display names).</summary>
    FormatRead Read(IReadOnlyDictionary<string, JsonElement> record, string field, CanonicalType type);

    /// <summary>Encodes a canonical value (of the CLR type <paramref name="type"/> calls for) the way the vendor accepts it on write.</summary>
    JsonElement Write(CanonicalType type, object value);
}
