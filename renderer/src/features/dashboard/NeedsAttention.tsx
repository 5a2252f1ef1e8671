// The portfolio's alerts, most serious first, each naming its partnership and linking to it.
// The first few show at once; the rest behind "Show all".
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Alert } from '../../../../core/domain/alerts';
import { partnershipPagePath } from '../partnership/partnership-path';

const FIRST_SHOWN = 6;

export function NeedsAttention(props: {
  alerts: readonly Alert[];
  nameOf: (id: string) => string;
}) {
  const { alerts, nameOf } = props;
  const [showAll, setShowAll] = useState(false);
  const titleId = useId();
  const shown = showAll ? alerts : alerts.slice(0, FIRST_SHOWN);
  const critical = alerts.filter((a) => a.severity === 'critical').length;
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby={titleId}
      h="100%"
    >
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <Stack gap={2}>
          <Title order={2} fz="md" fw={600} id={titleId}>
            Needs attention
          </Title>
          <Text size="sm" c="dimmed">
            {alerts.length === 0
              ? 'No alerts today.'
              : `${alerts.length} ${alerts.length === 1 ? 'alert' : 'alerts'}, ${critical} critical. Most serious first.`}
          </Text>
        </Stack>
      </Group>
      {alerts.length === 0 ? (
        <Group gap="xs" py="lg" justify="center">
          <IconCircleCheck size={20} stroke={1.6} aria-hidden />
          <Text size="sm">Every partnership is on track: nothing to act on.</Text>
        </Group>
      ) : (
        <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {shown.map((alert, i) => (
            <Group
              component="li"
              key={`${alert.partnershipId}-${alert.code}-${alert.goalId ?? alert.frictionId ?? i}`}
              gap="sm"
              wrap="nowrap"
              align="flex-start"
              py={8}
              style={{
                borderTop: i === 0 ? undefined : '1px solid var(--mantine-color-default-border)',
              }}
            >
              <Badge
                size="sm"
                radius="sm"
                miw={80}
                variant={alert.severity === 'critical' ? 'filled' : 'light'}
                color={alert.severity === 'critical' ? 'red.9' : 'yellow'}
                style={{ flexShrink: 0, marginTop: 1 }}
              >
                {alert.severity === 'critical' ? 'Critical' : 'Warning'}
              </Badge>
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor
                  component={Link}
                  to={partnershipPagePath(alert.partnershipId)}
                  size="sm"
                  fw={600}
                >
                  <bdi>{nameOf(alert.partnershipId)}</bdi>
                </Anchor>
                <Text size="sm" c="dimmed">
                  {alert.message}
                </Text>
              </Stack>
            </Group>
          ))}
        </Stack>
      )}
      {alerts.length > FIRST_SHOWN && (
        <Button
          variant="subtle"
          size="compact-sm"
          mt="sm"
          onClick={() => setShowAll((all) => !all)}
        >
          {showAll ? 'Show fewer' : `Show all ${alerts.length} alerts`}
        </Button>
      )}
    </Card>
  );
}
