using System;
using System.Collections;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The SDK's keyed collection. It is enumerable as key/value pairs (not a dictionary), which is why
/// the data contract serializers write it as a list of <c>{"key":..,"value":..}</c> items.
/// </summary>
[Serializable]
public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>
{
    private readonly Dictionary<TKey, TValue> _items = new Dictionary<TKey, TValue>();
    private bool _isReadOnly;

    protected internal DataCollection()
    {
    }

    public virtual TValue this[TKey key]
    {
        get => _items[key];
        set
        {
            CheckIsReadOnly();
            _items[key] = value;
        }
    }

    public int Count => _items.Count;

    public virtual bool IsReadOnly
    {
        get => _isReadOnly;
        internal set => _isReadOnly = value;
    }

    public ICollection<TKey> Keys => _items.Keys;

    public ICollection<TValue> Values => _items.Values;

    public void Add(TKey key, TValue value)
    {
        CheckIsReadOnly();
        _items.Add(key, value);
    }

    public void Add(KeyValuePair<TKey, TValue> item)
    {
        CheckIsReadOnly();
        _items.Add(item.Key, item.Value);
    }

    public void AddRange(params KeyValuePair<TKey, TValue>[] items)
    {
        AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);
    }

    public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
        if (items == null)
        {
            return;
        }

        foreach (var item in items)
        {
            Add(item);
        }
    }

    public void Clear()
    {
        CheckIsReadOnly();
        _items.Clear();
    }

    public bool Contains(TKey key)
    {
        return _items.ContainsKey(key);
    }

    public bool Contains(KeyValuePair<TKey, TValue> key)
    {
        return ((ICollection<KeyValuePair<TKey, TValue>>)_items).Contains(key);
    }

    public bool ContainsKey(TKey key)
    {
        return _items.ContainsKey(key);
    }

    public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex)
    {
        ((ICollection<KeyValuePair<TKey, TValue>>)_items).CopyTo(array, arrayIndex);
    }

    public bool Remove(TKey key)
    {
        CheckIsReadOnly();
        return _items.Remove(key);
    }

    public bool Remove(KeyValuePair<TKey, TValue> item)
    {
        CheckIsReadOnly();
        return ((ICollection<KeyValuePair<TKey, TValue>>)_items).Remove(item);
    }

    public bool TryGetValue(TKey key, out TValue value)
    {
        return _items.TryGetValue(key, out value);
    }

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
    {
        return _items.GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator()
    {
        return GetEnumerator();
    }

    private void CheckIsReadOnly()
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException("The collection is read-only.");
        }
    }
}
