using System.Text.Json.Nodes;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Tests.Catalog;
using TeamsMockBot.Cards.Tests.Support;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Cards.Tests;

public sealed class InterviewCardTests
{
    private static readonly string[] QuestionControls =
        [CardVerbs.Next, CardVerbs.Pause, CardVerbs.AddMinute, CardVerbs.Skip, CardVerbs.EndInterview];

    [Fact]
    public void Build_ViewForEveryone_RefreshesForTheInterviewerAndHasNoControls()
    {
        var card = InterviewCard.Build(SampleData.Interview(InterviewViewer.Everyone, SessionStage.Interviewing));
        var refresh = card.ToJsonNode()["refresh"]!;

        Assert.Equal(CardVerbs.Refresh, refresh["action"]!["verb"]!.GetValue<string>());
        Assert.Equal("Action.Execute", refresh["action"]!["type"]!.GetValue<string>());
        Assert.Equal(SampleData.SessionId, refresh["action"]!["data"]![CardInputs.SessionId]!.GetValue<string>());
        Assert.Equal([SampleData.InterviewerId], refresh["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal([CardVerbs.Refresh, CardVerbs.Refresh], new CardQuery(card).Verbs);
    }

    [Fact]
    public void Build_InterviewerView_HasEveryControlWithTheQuestionNumber()
    {
        var card = InterviewCard.Build(SampleData.Interview(InterviewViewer.Interviewer, SessionStage.Interviewing, SampleData.Material()));
        var query = new CardQuery(card);

        Assert.Null(card.Refresh);
        Assert.All(QuestionControls.Append(CardVerbs.FollowUp), verb => Assert.Equal(2, query.Action(verb)["data"]![CardInputs.QuestionNumber]!.GetValue<int>()));
        Assert.Equal("None", query.Action(CardVerbs.Next)["associatedInputs"]!.GetValue<string>());
        Assert.Equal("Auto", query.Action(CardVerbs.SaveNote)["associatedInputs"]!.GetValue<string>());
        Assert.Contains(CardInputs.Note, query.InputIds);
        Assert.True(query.HasText("Next question"));
    }

    [Fact]
    public void Build_InterviewerView_OffersEveryQuickTagForTheQuestionShown()
    {
        var query = new CardQuery(InterviewCard.Build(SampleData.Interview(InterviewViewer.Interviewer, SessionStage.Interviewing, SampleData.Material())));
        var tagButtons = CardJsonQueries.OfType(query.Json, "Action.Execute").Where(a => a["verb"]!.GetValue<string>() == CardVerbs.Tag).ToList();

        Assert.Equal(Enum.GetNames<QuickTag>().Order(), tagButtons.Select(b => b["data"]![CardInputs.Tag]!.GetValue<string>()).Order());
        Assert.All(tagButtons, b =>
        {
            Assert.Equal(CardInputs.TagOn, b["data"]![CardInputs.TagState]!.GetValue<string>());
            Assert.Equal(2, b["data"]![CardInputs.QuestionNumber]!.GetValue<int>());
            Assert.Equal(SampleData.SessionId, b["data"]![CardInputs.SessionId]!.GetValue<string>());
            Assert.Equal("None", b["associatedInputs"]!.GetValue<string>());
            Assert.Null(b["style"]);
        });
        Assert.Contains(tagButtons, b => b["title"]!.GetValue<string>() == "No result stated");
    }

    [Fact]
    public void Build_TagAlreadySet_ShowsItCheckedAndItsButtonTakesItOff()
    {
        var material = SampleData.Material() with { Tags = [QuickTag.Rambling] };
        var query = new CardQuery(InterviewCard.Build(SampleData.Interview(InterviewViewer.Interviewer, SessionStage.Interviewing, material)));
        var tagButtons = CardJsonQueries.OfType(query.Json, "Action.Execute").Where(a => a["verb"]!.GetValue<string>() == CardVerbs.Tag).ToList();

        var rambling = Assert.Single(tagButtons, b => b["data"]![CardInputs.Tag]!.GetValue<string>() == nameof(QuickTag.Rambling));
        Assert.Equal("✓ Rambling", rambling["title"]!.GetValue<string>());
        Assert.Equal("positive", rambling["style"]!.GetValue<string>());
        Assert.Equal(CardInputs.TagOff, rambling["data"]![CardInputs.TagState]!.GetValue<string>());
        Assert.All(tagButtons.Where(b => b != rambling), b => Assert.Equal(CardInputs.TagOn, b["data"]![CardInputs.TagState]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(InterviewViewer.Everyone)]
    [InlineData(InterviewViewer.Solo)]
    public void Build_ViewsWithoutAnInterviewer_HaveNoQuickTags(InterviewViewer viewer)
    {
        var material = viewer == InterviewViewer.Solo ? SampleData.Material() with { Tags = [QuickTag.Rambling] } : null;
        var query = new CardQuery(InterviewCard.Build(SampleData.Interview(viewer, SessionStage.Interviewing, material)));

        Assert.DoesNotContain(CardVerbs.Tag, query.Verbs);
        Assert.False(query.HasText("Quick tags"));
        Assert.False(query.HasText("Rambling"));
    }

    [Fact]
    public void Build_LastQuestion_OffersToFinishTheQuestions()
    {
        var card = new CardQuery(InterviewCard.Build(SampleData.Interview(InterviewViewer.Interviewer, SessionStage.Interviewing, SampleData.Material(), questionNumber: 5)));

        Assert.Equal("Finish questions", card.Action(CardVerbs.Next)["title"]!.GetValue<string>());
    }

    [Fact]
    public void Build_NoFollowUpsLeft_HidesTheFollowUpButton()
    {
        var card = new CardQuery(InterviewCard.Build(SampleData.Interview(InterviewViewer.Interviewer, SessionStage.Interviewing, SampleData.Material(2))));

        Assert.DoesNotContain(CardVerbs.FollowUp, card.Verbs);
        Assert.True(card.HasText("No follow-ups left"));
    }

    [Fact]
    public void Build_Running_ShowsTheEndTimeForTheViewersOwnTimeZone()
    {
        var card = new CardQuery(InterviewCard.Build(SampleData.Interview(InterviewViewer.Everyone, SessionStage.Interviewing)));

        Assert.True(card.HasText("Question 2 of 5"));
        Assert.True(card.HasText("4 min for this answer · ends at {{TIME(2026-11-25T09:46:00Z)}}"));
    }

    [Fact]
    public void Build_Paused_ShowsTimeLeftAndOffersResume()
    {
        var card = new CardQuery(InterviewCard.Build(SampleData.Interview(InterviewViewer.Interviewer, SessionStage.Interviewing, SampleData.Material(), paused: true)));

        Assert.True(card.HasText("Paused — 2:35 left"));
        Assert.Contains(CardVerbs.Resume, card.Verbs);
        Assert.DoesNotContain(CardVerbs.Pause, card.Verbs);
        Assert.False(card.HasText("{{TIME("));
    }

    [Theory]
    [InlineData(TimerMilestone.Halfway, "Halfway")]
    [InlineData(TimerMilestone.OneMinuteLeft, "1 minute left")]
    [InlineData(TimerMilestone.TimeUp, "Time is up")]
    public void Build_Milestone_HasAStatusLine(TimerMilestone milestone, string status)
    {
        var card = new CardQuery(InterviewCard.Build(SampleData.Interview(InterviewViewer.Everyone, SessionStage.Interviewing, milestone: milestone)));

        Assert.True(card.HasText(status));
    }

    [Fact]
    public void Build_Solo_HidesTheHintsBehindAToggleAndNeedsNoRefresh()
    {
        var card = InterviewCard.Build(SampleData.Interview(InterviewViewer.Solo, SessionStage.Interviewing, SampleData.Material()));
        var json = card.ToJsonNode();
        var toggle = CardJsonQueries.OfType(json, "Action.ToggleVisibility").Single();
        var target = toggle["targetElements"]![0]!.GetValue<string>();
        var hidden = CardJsonQueries.Objects(json).Single(o => o["id"]?.GetValue<string>() == target);

        Assert.Null(card.Refresh);
        Assert.Equal("Show what good looks like", toggle["title"]!.GetValue<string>());
        Assert.False(hidden["isVisible"]!.GetValue<bool>());
        Assert.Contains(SampleData.WhatGoodLooksLike, CardJsonQueries.Texts(hidden));
        Assert.All(QuestionControls, verb => Assert.Contains(verb, new CardQuery(card).Verbs));
    }

    [Fact]
    public void Build_Ready_OffersStartOnlyToWhoeverRunsTheControls()
    {
        Assert.Contains(CardVerbs.Start, new CardQuery(InterviewCard.Build(SampleData.Interview(InterviewViewer.Interviewer, SessionStage.Ready))).Verbs);
        Assert.Contains(CardVerbs.Start, new CardQuery(InterviewCard.Build(SampleData.Interview(InterviewViewer.Solo, SessionStage.Ready))).Verbs);
        Assert.DoesNotContain(CardVerbs.Start, new CardQuery(InterviewCard.Build(SampleData.Interview(InterviewViewer.Everyone, SessionStage.Ready))).Verbs);
    }

    [Fact]
    public void Build_CandidateQuestions_RemindsTheCandidateAndLetsTheInterviewerOpenFeedback()
    {
        var everyone = new CardQuery(InterviewCard.Build(SampleData.Interview(InterviewViewer.Everyone, SessionStage.CandidateQuestions)));
        var interviewer = new CardQuery(InterviewCard.Build(SampleData.Interview(InterviewViewer.Interviewer, SessionStage.CandidateQuestions, SampleData.Material(withNotes: true))));

        Assert.True(everyone.HasText("your own questions"));
        Assert.True(everyone.HasText("5 min"));
        Assert.DoesNotContain(CardVerbs.OpenFeedback, everyone.Verbs);
        Assert.Contains(CardVerbs.OpenFeedback, interviewer.Verbs);
        Assert.True(interviewer.HasText(SampleData.FirstNote));
    }

    [Fact]
    public void Build_AwaitingFeedback_SaysWhoHasSubmitted()
    {
        var card = new CardQuery(InterviewCard.Build(SampleData.Interview(InterviewViewer.Everyone, SessionStage.AwaitingFeedback, feedbackIn: false, selfIn: true)));

        Assert.True(card.HasText("sent to your personal chats"));
        Assert.Equal(["Waiting", "Received"], card.Texts.Where(t => t is "Waiting" or "Received"));
    }

    [Fact]
    public void Build_EveryStage_KeepsAVisibleRefreshButton()
    {
        foreach (var stage in Enum.GetValues<SessionStage>())
        {
            var actions = InterviewCard.Build(SampleData.Interview(InterviewViewer.Everyone, stage)).ToJsonNode()["actions"]!.AsArray();

            Assert.Contains(actions, a => a!["verb"]?.GetValue<string>() == CardVerbs.Refresh);
        }
    }

    [Fact]
    public void Build_RunningWithoutAQuestion_Throws()
    {
        var model = SampleData.Interview(InterviewViewer.Interviewer, SessionStage.Interviewing) with { QuestionText = null };

        Assert.Throws<ArgumentException>(() => InterviewCard.Build(model));
    }

    [Fact]
    public void Build_MoreRefreshUsersThanTeamsAllows_Throws()
    {
        var model = SampleData.Interview(InterviewViewer.Everyone, SessionStage.Ready) with
        {
            RefreshUserIds = Enumerable.Range(0, 61).Select(i => $"user-{i}").ToList(),
        };

        Assert.Throws<ArgumentException>(() => InterviewCard.Build(model));
    }

    [Fact]
    public void Build_Json_HasTheTimeTokenInTheExactFormTheRendererAccepts()
    {
        var json = InterviewCard.Build(SampleData.Interview(InterviewViewer.Everyone, SessionStage.Interviewing) with
        {
            EndsAt = new DateTimeOffset(2026, 11, 25, 11, 46, 30, 123, TimeSpan.FromHours(2)),
        }).ToJson();

        Assert.Contains("{{TIME(2026-11-25T09:46:30Z)}}", json, StringComparison.Ordinal);
        Assert.IsType<JsonObject>(JsonNode.Parse(json));
    }
}
