import { Alert, Code, List, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PlanProblem } from "../../../../../../engines/floor-plan";
import { problemText } from "./problem-text";

type Props = { title: string; problems: PlanProblem[]; color?: string; testId: string; onPick?: (problem: PlanProblem) => void };

/** Every problem with the place it is about (`booths[3].x`); picking one selects that booth. */
export function ProblemList({ title, problems, color = "red", testId, onPick }: Props) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <Alert color={color} variant="light" title={title} data-testid={testId} role="alert">
      <List size="sm" spacing={4}>
        {problems.map((problem, index) => {
          const body = (
            <Text size="sm" span>
              {problem.path ? <Code mr={6}>{problem.path}</Code> : null}
              {problemText(problem, t)}
            </Text>
          );
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same problem can be reported twice; order is stable
            <List.Item key={index} data-testid="plan-problem">
              {onPick ? (
                <UnstyledButton onClick={() => onPick(problem)} style={{ textAlign: "start" }}>
                  {body}
                </UnstyledButton>
              ) : (
                body
              )}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
