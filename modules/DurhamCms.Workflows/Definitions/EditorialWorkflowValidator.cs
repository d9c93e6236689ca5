namespace DurhamCms.Workflows.Definitions;

/// <summary>One place that says what a workflow definition must hold, in words naming the field.</summary>
public static class EditorialWorkflowValidator
{
    private static readonly string[] KnownTargets = [NotifyTargets.Reviewers, NotifyTargets.Submitter, NotifyTargets.Owner];
    private static readonly string[] KnownComments = [CommentRules.Optional, CommentRules.Required, CommentRules.None];
    private static readonly string[] KnownActions = [TransitionActions.Publish, TransitionActions.Unpublish];

    public static IReadOnlyList<string> Validate(EditorialWorkflowDefinition definition)
    {
        var errors = new List<string>();
        if (definition.States.Count == 0)
        {
            errors.Add("States: at least one state is needed.");
        }

        for (var i = 0; i < definition.States.Count; i++)
        {
            var state = definition.States[i];
            if (string.IsNullOrWhiteSpace(state.Name))
            {
                errors.Add($"States[{i}].Name is empty.");
            }
            else if (definition.States.Take(i).Any(s => string.Equals(s.Name, state.Name, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add($"States[{i}].Name: '{state.Name}' is listed twice.");
            }
        }

        CheckState(definition, definition.InitialState, "InitialState", errors);
        CheckState(definition, definition.PublishedState, "PublishedState", errors);
        if (definition.ReviewState is not null)
        {
            CheckState(definition, definition.ReviewState, "ReviewState", errors);
        }
        for (var i = 0; i < definition.Transitions.Count; i++)
        {
            ValidateTransition(definition, definition.Transitions[i], $"Transitions[{i}]", errors);
        }

        for (var i = 0; i < definition.ContentTypes.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(definition.ContentTypes[i]))
            {
                errors.Add($"ContentTypes[{i}] is empty.");
            }
        }

        foreach (var (name, template) in definition.Templates)
        {
            if (string.IsNullOrWhiteSpace(template.Subject) || string.IsNullOrWhiteSpace(template.Body))
            {
                errors.Add($"Templates.{name}: both Subject and Body are needed.");
            }
        }

        return errors;
    }

    private static void ValidateTransition(EditorialWorkflowDefinition definition, EditorialTransitionDefinition transition, string where, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(transition.Name))
        {
            errors.Add($"{where}.Name is empty.");
            return;
        }

        where = $"{where} ('{transition.Name}')";
        if (transition.From.Count == 0)
        {
            errors.Add($"{where}.From: list the states it leaves from (or \"*\").");
        }

        foreach (var from in transition.From.Where(f => f != "*"))
        {
            CheckState(definition, from, $"{where}.From", errors);
        }

        if (!string.IsNullOrWhiteSpace(transition.To))
        {
            CheckState(definition, transition.To, $"{where}.To", errors);
        }

        if (string.IsNullOrWhiteSpace(transition.Permission))
        {
            errors.Add($"{where}.Permission is empty: every transition needs a permission.");
        }

        CheckOneOf(transition.Comment, KnownComments, $"{where}.Comment", errors);
        if (!string.IsNullOrWhiteSpace(transition.Action))
        {
            CheckOneOf(transition.Action, KnownActions, $"{where}.Action", errors);
        }

        foreach (var target in transition.Notify)
        {
            CheckOneOf(target, KnownTargets, $"{where}.Notify", errors);
        }
    }

    private static void CheckState(EditorialWorkflowDefinition definition, string? state, string where, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(state) || definition.FindState(state) is null)
        {
            errors.Add($"{where}: '{state}' is not one of the States ({string.Join(", ", definition.States.Select(s => s.Name))}).");
        }
    }

    private static void CheckOneOf(string? value, string[] allowed, string where, List<string> errors)
    {
        if (!allowed.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"{where}: '{value}' is not one of {string.Join(", ", allowed)}.");
        }
    }
}
