import { useQueryClient } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, loadSession, problemText, saveSession, Session, sessionFrom } from './api';
import { db, startSync } from './offline/outbox';
import { Dashboard } from './pages/Dashboard';
import { IndicatorBuilder } from './pages/IndicatorBuilder';
import { Outbox } from './pages/Outbox';
import { Portfolio } from './pages/Portfolio';
import { ReportForm } from './pages/ReportForm';
import { Returned } from './pages/Returned';
import { SubGrantPage } from './pages/SubGrantPage';
import { SubGrants } from './pages/SubGrants';
import { ValidationQueue } from './pages/ValidationQueue';
import { go, useRoute } from './router';

/** What each role finds in the menu; the services refuse the rest anyway (deny by default). */
const MENUS: Record<string, Array<{ route: string; label: string }>> = {
  'cso-reporter': [
    { route: 'sub-grants', label: 'nav.mySubGrants' },
    { route: 'report', label: 'nav.newReport' },
    { route: 'returned', label: 'nav.returned' },
    { route: 'outbox', label: 'nav.outbox' },
  ],
  'program-manager': [
    { route: 'portfolio', label: 'nav.portfolio' },
    { route: 'validation', label: 'nav.validation' },
    { route: 'dashboard', label: 'nav.dashboard' },
  ],
  'me-officer': [
    { route: 'dashboard', label: 'nav.dashboard' },
    { route: 'indicators', label: 'nav.indicators' },
  ],
};

function menuOf(session: Session) {
  const seen = new Set<string>();
  return session.roles.flatMap((role) => MENUS[role] ?? []).filter((m) => !seen.has(m.route) && seen.add(m.route));
}

export function App() {
  const { t, i18n } = useTranslation();
  const [session, setSession] = useState(loadSession);
  const [online, setOnline] = useState(navigator.onLine);
  const route = useRoute();
  const waiting = useLiveQuery(() => db.outbox.where('state').equals('waiting').count(), [], 0);
  const queries = useQueryClient();

  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    const signedOut = () => setSession(null);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    window.addEventListener('tributary:signed-out', signedOut);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
      window.removeEventListener('tributary:signed-out', signedOut);
    };
  }, []);
  useEffect(() => (session ? startSync() : undefined), [session]);
  useEffect(() => {
    // What the service answered for the outbox changes the lists that show activities.
    const synced = () => void queries.invalidateQueries({ queryKey: ['activities'] });
    window.addEventListener('tributary:synced', synced);
    return () => window.removeEventListener('tributary:synced', synced);
  }, [queries]);
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = t('app.title');
  }, [i18n.language, t]);

  const switchLanguage = () => {
    const next = i18n.language === 'fr' ? 'en' : 'fr';
    void i18n.changeLanguage(next);
    localStorage.setItem('tributary.language', next);
    // Problems and titles come from the services in the caller's language: ask again in the new one.
    void queries.invalidateQueries();
  };
  const signOut = () => {
    saveSession(null);
    navigator.serviceWorker?.controller?.postMessage('sign-out');
    queries.clear();
    setSession(null);
  };

  const languageButton = (
    <button type="button" className="link" onClick={switchLanguage} lang={i18n.language === 'fr' ? 'en' : 'fr'}>
      {t('app.otherLanguage')}
    </button>
  );

  if (!session) {
    return (
      <div className="shell">
        <header className="top"><span className="brand">Tributary</span>{languageButton}</header>
        <main id="main"><SignIn onSignedIn={setSession} /></main>
      </div>
    );
  }

  const menu = menuOf(session);
  const page = route[0] ?? menu[0]?.route;
  return (
    <div className="shell">
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>{t('app.skip')}</a>
      <header className="top">
        <span className="brand">Tributary</span>
        <span className={online ? 'network online' : 'network offline'} role="status">
          {online ? t('app.online') : t('app.offline')}
          {waiting > 0 ? ` · ${t('outbox.waitingCount', { count: waiting })}` : ''}
        </span>
        <span className="who">{session.email}</span>
        {languageButton}
        <button type="button" className="link" onClick={signOut}>{t('app.signOut')}</button>
      </header>
      <nav aria-label={t('app.menu')}>
        <ul>
          {menu.map((m) => (
            <li key={m.route}><a href={`#/${m.route}`} aria-current={page === m.route ? 'page' : undefined}>{t(m.label)}</a></li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        <Page page={page} route={route} session={session} />
      </main>
    </div>
  );
}

function Page({ page, route, session }: { page: string | undefined; route: string[]; session: Session }) {
  const { t } = useTranslation();
  const allowed = (...roles: string[]) => roles.some((r) => session.roles.includes(r));
  switch (page) {
    case 'sub-grants':
      if (route[1] && allowed('program-manager', 'cso-reporter')) return <SubGrantPage id={route[1]} session={session} />;
      return allowed('cso-reporter') ? <SubGrants /> : null;
    case 'report':
      return allowed('cso-reporter') ? <ReportForm subGrantId={route[1]} correcting={route[2]} /> : null;
    case 'returned':
      return allowed('cso-reporter') ? <Returned /> : null;
    case 'outbox':
      return allowed('cso-reporter') ? <Outbox /> : null;
    case 'portfolio':
      return allowed('program-manager') ? <Portfolio /> : null;
    case 'validation':
      return allowed('program-manager') ? <ValidationQueue /> : null;
    case 'dashboard':
      return allowed('me-officer', 'program-manager') ? <Dashboard projectId={route[1]} /> : null;
    case 'indicators':
      return allowed('me-officer') ? <IndicatorBuilder /> : null;
    default:
      return <p>{t('app.nothingForRole')}</p>;
  }
}

function SignIn({ onSignedIn }: { onSignedIn: (s: Session) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    const { data, error: problem, response } = await api('directory')
      .POST('/auth/token', { body: { grant_type: 'password', username: email, password } })
      .catch(() => ({ data: undefined, error: undefined, response: undefined }));
    setBusy(false);
    if (!data) return setError(response ? problemText(problem, response) : t('signIn.noNetwork'));
    const session = sessionFrom(email, data);
    saveSession(session);
    onSignedIn(session);
    go(menuOf(session)[0]?.route ?? '');
  };
  return (
    <form className="card narrow" onSubmit={submit}>
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      <label>{t('signIn.email')}<input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} /></label>
      <label>{t('signIn.password')}<input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} /></label>
      {error && <p className="error" role="alert">{error}</p>}
      <button type="submit" disabled={busy}>{t('signIn.submit')}</button>
    </form>
  );
}
