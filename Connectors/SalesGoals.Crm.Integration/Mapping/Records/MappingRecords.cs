namespace SalesGoals.Crm.Integration.Mapping.Records;

/// <summary>Converts a mapping to and from the rows ops edit in the app (sg_fieldmapping, sg_valuemapping,
/// sg_usermapping). Both ways check everything first and either succeed whole or throw with every reason.</summary>
public static class MappingRecords
{
    /// <summary>The prefix in sg_transform that names a field's value map.</summary>
    public const string ValueMapToken = "valuemap:";

    /// <exception cref="MappingRecordsException">The mapping holds something the tables cannot (a value map other than
    /// stage/region/customersegment/productline/currency, a text longer than its column, the Dataverse system).</exception>
    public static MappingRowSet ToRows(CrmMapping mapping) => MappingRowWriter.Write(mapping);

    /// <summary>Builds <paramref name="system"/>'s mapping from the rows (rows of other systems are ignored).</summary>
    /// <exception cref="MappingRecordsException">Rows with unknown option values, unknown transforms, blank required
    /// columns, or objects whose canonical entity cannot be told.</exception>
    public static CrmMapping FromRows(ExternalSystem system, MappingRowSet rows, MappingSettings settings) =>
        MappingRowReader.Read(system, rows, settings);
}
