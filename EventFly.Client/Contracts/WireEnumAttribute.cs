using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace EventFly.Client.Contracts;

/// <summary>A string that must be the wire name of one of <paramref name="enumType"/>'s values (null passes).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class WireEnumAttribute(Type enumType) : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var names = WireNames.Names(enumType).ToList();
        return value is null || names.Contains(value as string ?? "")
            ? ValidationResult.Success
            : new ValidationResult($"{JsonNamingPolicy.CamelCase.ConvertName(validationContext.MemberName ?? "value")} is one of: {string.Join(", ", names)}.",
                [validationContext.MemberName ?? ""]);
    }
}
