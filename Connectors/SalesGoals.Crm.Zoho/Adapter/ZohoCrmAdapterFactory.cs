using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Zoho.Configuration;
using SalesGoals.Crm.Zoho.Records;

namespace SalesGoals.Crm.Zoho.Adapter;

/// <summary>Creates an adapter for ops' current mapping (the mapping can change between runs).</summary>
public sealed class ZohoCrmAdapterFactory
{
    private readonly ZohoRecordReader _reader;
    private readonly ZohoDeletedRecordReader _deletedReader;
    private readonly ZohoRecordWriter _writer;
    private readonly ZohoMetadataClient _metadata;
    private readonly IOptions<ZohoOptions> _options;
    private readonly ILoggerFactory _loggers;

    public ZohoCrmAdapterFactory(
        ZohoRecordReader reader,
        ZohoDeletedRecordReader deletedReader,
        ZohoRecordWriter writer,
        ZohoMetadataClient metadata,
        IOptions<ZohoOptions> options,
        ILoggerFactory loggers)
    {
        _reader = reader;
        _deletedReader = deletedReader;
        _writer = writer;
        _metadata = metadata;
        _options = options;
        _loggers = loggers;
    }

    public ZohoCrmAdapter Create(CrmMapping mapping) =>
        new(mapping, _reader, _deletedReader, _writer, _metadata, _options, _loggers.CreateLogger<ZohoCrmAdapter>());
}
