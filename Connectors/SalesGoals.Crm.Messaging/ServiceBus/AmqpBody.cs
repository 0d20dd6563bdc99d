using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Amqp;
using Amqp.Framing;
using Amqp.Types;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>Every AMQP body section read faithfully: bytes where the body is bytes, .NET values otherwise.</summary>
internal sealed record AmqpBody(MessageBodyType Type, ReadOnlyMemory<byte>? Bytes, object? Value, IReadOnlyList<object?>? Sequence, string Description)
{
    public static AmqpBody Read(Message amqp) => amqp.BodySection switch
    {
        Data data => new(MessageBodyType.Data, data.Binary ?? [], null, null, "a data section"),
        DataList list => new(MessageBodyType.Data, Concat(list), null, null, $"{list.Count} data sections"),
        AmqpValue { Value: string text } => new(MessageBodyType.Value, Encoding.UTF8.GetBytes(text), text, null, "an AMQP value of type string"),
        AmqpValue { Value: byte[] bytes } => new(MessageBodyType.Value, bytes, bytes, null, "an AMQP value of type binary"),
        AmqpValue value => new(MessageBodyType.Value, null, Convert(value.Value), null, $"an AMQP value of type {TypeName(value.Value)}"),
        AmqpSequence sequence => new(MessageBodyType.Sequence, null, null, ConvertList(sequence.List), $"an AMQP sequence of {sequence.List?.Count ?? 0} values"),
        null => new(MessageBodyType.Data, ReadOnlyMemory<byte>.Empty, null, null, "no body section"),
        _ => new(MessageBodyType.Value, null, null, null, $"an unknown body section ({amqp.BodySection.GetType().Name})"),
    };

    private static byte[] Concat(DataList list)
    {
        var buffer = new List<byte>();
        for (int i = 0; i < list.Count; i++)
        {
            buffer.AddRange(list[i].Binary ?? []);
        }

        return buffer.ToArray();
    }

    /// <summary>AMQPNetLite's collection types become read-only .NET collections; symbols become strings.</summary>
    private static object? Convert(object? value) => value switch
    {
        Map map => map.Cast<KeyValuePair<object, object>>()
            .ToDictionary(pair => Convert(pair.Key)!, pair => Convert(pair.Value)) as IReadOnlyDictionary<object, object?>,
        List list => ConvertList(list),
        Symbol symbol => symbol.ToString(),
        DescribedValue described => new KeyValuePair<object?, object?>(Convert(described.Descriptor), Convert(described.Value)),
        _ => value,
    };

    private static List<object?> ConvertList(IList? list) =>
        list is null ? [] : list.Cast<object?>().Select(Convert).ToList();

    private static string TypeName(object? value) => value switch
    {
        null => "null",
        Map => "map",
        List => "list",
        Symbol => "symbol",
        Array => "array",
        DescribedValue => "described value",
        _ => value.GetType().Name,
    };
}
