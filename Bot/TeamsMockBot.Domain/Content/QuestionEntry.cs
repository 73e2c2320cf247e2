using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsMockBot.Domain.Content;

/// <summary>One question of a bank file, as written. Every field is optional here so validation can say which is missing.</summary>
internal sealed class QuestionEntry
{
    public string? Id { get; init; }

    public string? Track { get; init; }

    public string? Text { get; init; }

    public double? Minutes { get; init; }

    public string? WhatGoodLooksLike { get; init; }

    public IReadOnlyList<string?>? FollowUps { get; init; }

    public IReadOnlyList<string?>? Competencies { get; init; }

    public IReadOnlyList<string?>? Focus { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; init; }
}
