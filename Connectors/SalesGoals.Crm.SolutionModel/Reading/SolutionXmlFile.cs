using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Xml;
using System.Xml.Linq;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.SolutionModel.Reading;

/// <summary>One parsed solution file with helpers that turn every format problem into a
/// <see cref="SolutionFormatException"/> naming the file.</summary>
internal sealed class SolutionXmlFile
{
    private SolutionXmlFile(string relativePath, XElement root)
    {
        RelativePath = relativePath;
        Root = root;
    }

    public string RelativePath { get; }

    public XElement Root { get; }

    public static SolutionXmlFile Load(string solutionFolder, string fullPath)
    {
        var relative = Path.GetRelativePath(solutionFolder, fullPath).Replace('\\', '/');
        if (!File.Exists(fullPath))
        {
            throw new SolutionFormatException(relative, "the file is missing");
        }

        try
        {
            // DTDs are refused: solution files never carry one and it closes the XXE door.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(fullPath, settings);
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            return new SolutionXmlFile(relative, document.Root ?? throw new SolutionFormatException(relative, "the file has no root element"));
        }
        catch (XmlException ex)
        {
            throw new SolutionFormatException(relative, $"malformed XML at line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}", ex);
        }
    }

    public SolutionFormatException Error(XObject? at, string problem)
    {
        var line = at is IXmlLineInfo info && info.HasLineInfo() ? $" (line {info.LineNumber})" : string.Empty;
        return new SolutionFormatException(RelativePath, problem + line);
    }

    public void ExpectRoot(string name)
    {
        if (Root.Name.LocalName != name)
        {
            throw Error(Root, $"expected root element <{name}> but found <{Root.Name.LocalName}>");
        }
    }

    public static XElement? Child(XElement parent, string name)
    {
        foreach (var element in parent.Elements())
        {
            if (element.Name.LocalName == name)
            {
                return element;
            }
        }

        return null;
    }

    public static IEnumerable<XElement> Children(XElement? parent, string name)
    {
        if (parent is null)
        {
            yield break;
        }

        foreach (var element in parent.Elements())
        {
            if (element.Name.LocalName == name)
            {
                yield return element;
            }
        }
    }

    public XElement RequiredChild(XElement parent, string name) =>
        Child(parent, name) ?? throw Error(parent, $"<{parent.Name.LocalName}> has no <{name}>");

    /// <summary>Trimmed text of a child element; null when absent, empty or xsi:nil.</summary>
    public static string? Text(XElement parent, string name)
    {
        var element = Child(parent, name);
        if (element is null)
        {
            return null;
        }

        var text = element.Value.Trim();
        return text.Length == 0 ? null : text;
    }

    public string RequiredText(XElement parent, string name) =>
        Text(parent, name) ?? throw Error(parent, $"<{parent.Name.LocalName}> has no value for <{name}>");

    public static string? Attribute(XElement element, string name)
    {
        foreach (var attribute in element.Attributes())
        {
            if (attribute.Name.LocalName == name)
            {
                var value = attribute.Value.Trim();
                return value.Length == 0 ? null : value;
            }
        }

        return null;
    }

    public string RequiredAttribute(XElement element, string name) =>
        Attribute(element, name) ?? throw Error(element, $"<{element.Name.LocalName}> has no {name} attribute");

    public int? OptionalInt(XElement parent, string name)
    {
        var text = Text(parent, name);
        return text is null ? null : ParseInt(Child(parent, name), text, name);
    }

    public int RequiredInt(XElement parent, string name) =>
        ParseInt(Child(parent, name), RequiredText(parent, name), name);

    public int ParseInt(XObject? at, string text, string what) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(at, $"{what} '{text}' is not a whole number");

    public decimal? OptionalDecimal(XElement parent, string name)
    {
        var text = Text(parent, name);
        if (text is null)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var wide)
                ? ClampToDecimal(wide)
                : throw Error(Child(parent, name), $"{name} '{text}' is not a number");
    }

    /// <summary>0/1 or false/true; null when absent.</summary>
    public bool? OptionalBool(XElement parent, string name)
    {
        var text = Text(parent, name);
        return text is null ? null : ParseBool(Child(parent, name), text, name);
    }

    public bool ParseBool(XObject? at, string text, string what) => text.ToUpperInvariant() switch
    {
        "1" or "TRUE" => true,
        "0" or "FALSE" => false,
        _ => throw Error(at, $"{what} '{text}' is neither 0/1 nor true/false"),
    };

    public Guid ParseGuid(XObject? at, string text, string what) =>
        Guid.TryParse(text.Trim().Trim('{', '}'), out var id)
            ? id
            : throw Error(at, $"{what} '{text}' is not a GUID");

    public Guid? OptionalGuid(XElement parent, string name)
    {
        var text = Text(parent, name);
        return text is null ? null : ParseGuid(Child(parent, name), text, name);
    }

    // Real exports write float/double ranges such as 1E+28 that exceed decimal's range.
    private static decimal ClampToDecimal(double value) =>
        value >= (double)decimal.MaxValue ? decimal.MaxValue
        : value <= (double)decimal.MinValue ? decimal.MinValue
        : (decimal)value;
}
