<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="ja">
<context>
    <name></name>
    <message>
        <source>ただいま受付できません</source>
        <translation>No momento, não é possível atender</translation>
    </message>
    <message>
        <source>システムに接続できません。</source>
        <translation>Não é possível conectar ao sistema.</translation>
    </message>
    <message>
        <source>受付の職員にお声がけください。</source>
        <translation>Por favor, fale com um funcionário da recepção.</translation>
    </message>
    <message>
        <source>もう一度顔認証</source>
        <translation>Tentar de novo o reconhecimento facial</translation>
    </message>
    <message>
        <source>顔認証</source>
        <translation>Reconhecimento facial</translation>
    </message>
    <message>
        <source>暗証番号</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>職員による目視確認</source>
        <translation>Verificação visual por um funcionário</translation>
    </message>
    <message>
        <source>本人確認の方法を選んでください。</source>
        <translation>Escolha como confirmar sua identidade.</translation>
    </message>
    <message>
        <source>本人確認</source>
        <translation>Confirmação de identidade</translation>
    </message>
    <message>
        <source>中止</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>カメラの準備をしています。</source>
        <translation>Preparando a câmera.</translation>
    </message>
    <message>
        <source>顔を枠に合わせて、カメラを見てください。</source>
        <translation>Enquadre o rosto na moldura e olhe para a câmera.</translation>
    </message>
    <message>
        <source>%1 回目（全 %2 回）</source>
        <translation>Tentativa %1 de %2</translation>
    </message>
    <message>
        <source>認証しました</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>本人確認ができました。</source>
        <translation>Sua identidade foi confirmada.</translation>
    </message>
    <message>
        <source>暗証番号または職員による確認をご利用ください。</source>
        <translation>Use sua senha ou peça a verificação de um funcionário.</translation>
    </message>
    <message>
        <source>顔認証できませんでした</source>
        <translation>Não foi possível fazer o reconhecimento facial</translation>
    </message>
    <message>
        <source>職員の方へ: 本人であることを目視で確認し、施設のパスワードを入力してください。</source>
        <translation>Para o funcionário: confirme visualmente que é o titular do cartão e digite a senha do estabelecimento.</translation>
    </message>
    <message>
        <source>患者さんの暗証番号ではありません。</source>
        <translation>Não digite aqui a senha do paciente.</translation>
    </message>
    <message>
        <source>戻る</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>続けて間違ったパスワードが入力されたため、この端末では入力を止めています。</source>
        <translation>Foram digitadas senhas erradas várias vezes; este terminal parou de aceitar senhas.</translation>
    </message>
    <message>
        <source>健康保険証の利用登録</source>
        <translation>Cadastro para uso como cartão do seguro de saúde</translation>
    </message>
    <message>
        <source>このカードは健康保険証としての利用登録がされていません。</source>
        <translation>Este cartão não está cadastrado para uso como cartão do seguro de saúde.</translation>
    </message>
    <message>
        <source>今ここで登録しますか？</source>
        <translation>Deseja cadastrá-lo agora?</translation>
    </message>
    <message>
        <source>登録する</source>
        <translation>Cadastrar</translation>
    </message>
    <message>
        <source>登録しない</source>
        <translation>Não cadastrar</translation>
    </message>
    <message>
        <source>利用規約と登録内容</source>
        <translation>Termos de uso e cadastro</translation>
    </message>
    <message>
        <source>同意して登録する</source>
        <translation>Concordar e cadastrar</translation>
    </message>
    <message>
        <source>過去の診療やお薬などの情報を、この医療機関・薬局と共有することに同意しますか？</source>
        <translation>Você concorda em compartilhar com esta clínica ou farmácia informações como suas consultas e remédios anteriores?</translation>
    </message>
    <message>
        <source>同意は24時間有効です。</source>
        <translation>Seu consentimento vale por 24 horas.</translation>
    </message>
    <message>
        <source>情報共有への同意</source>
        <translation>Consentimento para compartilhar informações</translation>
    </message>
    <message>
        <source>全て同意する</source>
        <translation>Concordar com tudo</translation>
    </message>
    <message>
        <source>個別に同意する</source>
        <translation>Escolher item por item</translation>
    </message>
    <message>
        <source>項目ごとに選んでください。</source>
        <translation>Escolha uma opção para cada item.</translation>
    </message>
    <message>
        <source>確定</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>処方箋の受け取り方法</source>
        <translation>Como receber sua receita</translation>
    </message>
    <message>
        <source>処方箋の受け取り方法を選んでください。</source>
        <translation>Escolha como deseja receber sua receita.</translation>
    </message>
    <message>
        <source>電子処方箋</source>
        <translation>Receita eletrônica</translation>
    </message>
    <message>
        <source>紙の処方箋</source>
        <translation>Receita em papel</translation>
    </message>
    <message>
        <source>カードをお取りください。</source>
        <translation>Por favor, retire seu cartão.</translation>
    </message>
    <message>
        <source>受付が完了しました</source>
        <translation>Recepção concluída</translation>
    </message>
    <message>
        <source>受付の職員にお声がけください</source>
        <translation>Fale com um funcionário da recepção</translation>
    </message>
    <message>
        <source>健康保険証の受付</source>
        <translation>Recepção do seguro de saúde</translation>
    </message>
    <message>
        <source>マイナンバーカードを置いてください。</source>
        <translation>Coloque seu Cartão My Number.</translation>
    </message>
    <message>
        <source>顔写真のある面を上にして、カード置き場に置いてください。</source>
        <translation>Coloque-o no suporte de cartão com a foto virada para cima.</translation>
    </message>
    <message>
        <source>読み取り中</source>
        <translation>Lendo o cartão</translation>
    </message>
    <message>
        <source>カードを読み取っています。カードを動かさないでください。</source>
        <translation>Lendo seu cartão. Por favor, não o mova.</translation>
    </message>
    <message>
        <source>確認中</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>確認しています。しばらくお待ちください。</source>
        <translation>Verificando. Aguarde um momento, por favor.</translation>
    </message>
    <message>
        <source>このカードは使えません</source>
        <translation>Este cartão não pode ser usado</translation>
    </message>
    <message>
        <source>復旧すると、自動的に受付を再開します。</source>
        <translation>O atendimento será retomado automaticamente assim que for resolvido.</translation>
    </message>
    <message>
        <source>暗証番号（数字4桁）を入力してください。</source>
        <translation>Digite sua senha (4 dígitos).</translation>
    </message>
    <message>
        <source>あと %1 回間違えるとロックされます。</source>
        <translation>Tentativas restantes antes de bloquear a senha: %1</translation>
    </message>
    <message>
        <source>職員を呼ぶ</source>
        <translation>Chamar um funcionário</translation>
    </message>
    <message>
        <source>暗証番号の入力</source>
        <translation>Digite sua senha</translation>
    </message>
    <message>
        <source>顔認証で確認する</source>
        <translation>Usar o reconhecimento facial</translation>
    </message>
    <message>
        <source>暗証番号がロックされました</source>
        <translation>Sua senha foi bloqueada</translation>
    </message>
    <message>
        <source>操作を続けますか？</source>
        <translation>Deseja continuar?</translation>
    </message>
    <message>
        <source>続ける場合は「続ける」を押してください。</source>
        <translation>Para prosseguir, toque em “Continuar”.</translation>
    </message>
    <message>
        <source>操作がないため、%1 秒後に最初の画面に戻ります。</source>
        <translation>Sem atividade: voltando à tela inicial em %1 segundos.</translation>
    </message>
    <message>
        <source>続ける</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>言語を選んでください</source>
        <translation>Escolha o idioma</translation>
    </message>
    <message>
        <source>メニュー</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>お手続きを選んでください。</source>
        <translation>Escolha o procedimento que deseja fazer.</translation>
    </message>
    <message>
        <source>健康保険証利用の申込み</source>
        <translation>Solicitar o uso como cartão do seguro de saúde</translation>
    </message>
    <message>
        <source>マイナポータル</source>
        <translation>Mynaportal</translation>
    </message>
    <message>
        <source>健康保険証利用の申込</source>
        <translation>Solicitar o uso como cartão do seguro de saúde</translation>
    </message>
    <message>
        <source>登録状況の確認</source>
        <translation>Consultar a situação do cadastro</translation>
    </message>
    <message>
        <source>利用規約</source>
        <translation>Termos de uso</translation>
    </message>
    <message>
        <source>次の内容で登録します。よろしければ「登録する」を押してください。</source>
        <translation>Será cadastrado o seguinte. Se estiver correto, toque em &quot;Cadastrar&quot;.</translation>
    </message>
    <message>
        <source>登録後は、医療機関・薬局の受付でこのカードを健康保険証として使えます。</source>
        <translation>Após o cadastro, você poderá usar este cartão como cartão do seguro de saúde na recepção de clínicas, hospitais e farmácias.</translation>
    </message>
    <message>
        <source>マイナンバーカードを健康保険証として利用するための登録を行います。</source>
        <translation>Você vai cadastrar seu Cartão My Number para usá-lo como cartão do seguro de saúde.</translation>
    </message>
    <message>
        <source>登録すると、医療機関・薬局でマイナンバーカードにより保険資格が確認されます。</source>
        <translation>Depois do cadastro, clínicas e farmácias verificam seu seguro de saúde pelo Cartão My Number.</translation>
    </message>
    <message>
        <source>診療や薬の情報は、ご本人が同意した場合に限り医療機関・薬局と共有されます。</source>
        <translation>As informações de consultas e remédios só são compartilhadas com clínicas e farmácias se você concordar.</translation>
    </message>
    <message>
        <source>ICチップに診療や薬の情報は記録されません。</source>
        <translation>O chip IC do cartão não guarda informações de consultas nem de remédios.</translation>
    </message>
    <message>
        <source>お手続き: %1</source>
        <translation>Procedimento: %1</translation>
    </message>
    <message>
        <source>本人確認: %1</source>
        <translation>Identidade confirmada por: %1</translation>
    </message>
    <message>
        <source>電子証明書の有効期限: %1</source>
        <translation>Certificado eletrônico válido até: %1</translation>
    </message>
    <message>
        <source>同意する</source>
        <translation>Concordo</translation>
    </message>
    <message>
        <source>同意しない</source>
        <translation>Não concordo</translation>
    </message>
    <message>
        <source>カードの挿入</source>
        <translation>Insira o cartão</translation>
    </message>
    <message>
        <source>マイナンバーカードを挿入してください。</source>
        <translation>Insira seu Cartão My Number.</translation>
    </message>
    <message>
        <source>カードの読み取り</source>
        <translation>Leitura do cartão</translation>
    </message>
    <message>
        <source>マイナンバーカードをスマートフォンの背面にかざしてください。読み取りが終わるまで動かさないでください。</source>
        <translation>Encoste seu Cartão My Number na parte de trás do celular. Não o mova até a leitura terminar.</translation>
    </message>
    <message>
        <source>登録内容の確認</source>
        <translation>Confirmar o cadastro</translation>
    </message>
    <message>
        <source>手続きが終わりました</source>
        <translation>O procedimento foi concluído</translation>
    </message>
    <message>
        <source>ここでは手続きできません</source>
        <translation>Este procedimento não pode ser feito aqui</translation>
    </message>
    <message>
        <source>このカードは健康保険証として利用登録されています。</source>
        <translation>Este cartão está cadastrado para uso como cartão do seguro de saúde.</translation>
    </message>
    <message>
        <source>このカードはまだ健康保険証として利用登録されていません。</source>
        <translation>Este cartão ainda não está cadastrado para uso como cartão do seguro de saúde.</translation>
    </message>
    <message>
        <source>登録状況</source>
        <translation>Situação do cadastro</translation>
    </message>
    <message>
        <source>カードが取り出されたため、受付を中止しました。</source>
        <translation>O cartão foi retirado, por isso o procedimento foi cancelado.</translation>
    </message>
    <message>
        <source>これは健康保険証です。受付の職員にお渡しください。</source>
        <translation>Este é um cartão do seguro de saúde. Entregue-o a um funcionário da recepção.</translation>
    </message>
    <message>
        <source>マイナンバーカードではありません。マイナンバーカードを置いてください。</source>
        <translation>Este não é um Cartão My Number. Coloque seu Cartão My Number.</translation>
    </message>
    <message>
        <source>カードのICチップが読み取れません。カードの再発行はお住まいの市区町村の窓口で行えます。</source>
        <translation>Não é possível ler o chip IC do cartão. Você pode pedir um novo cartão na prefeitura da sua cidade.</translation>
    </message>
    <message>
        <source>カードを読み取れませんでした。置き直してください。</source>
        <translation>Não foi possível ler o cartão. Coloque-o de novo.</translation>
    </message>
    <message>
        <source>カードリーダーに問題が発生しました。</source>
        <translation>Ocorreu um problema no leitor de cartão.</translation>
    </message>
    <message>
        <source>暗証番号が違います。</source>
        <translation>A senha está incorreta.</translation>
    </message>
    <message>
        <source>暗証番号は数字4桁です。</source>
        <translation>A senha tem 4 dígitos.</translation>
    </message>
    <message>
        <source>暗証番号がロックされています。ロックの解除はお住まいの市区町村の窓口で行えます。</source>
        <translation>Sua senha está bloqueada. O desbloqueio pode ser feito na prefeitura da sua cidade.</translation>
    </message>
    <message>
        <source>暗証番号を3回間違えたため、ロックされました。解除はお住まいの市区町村の窓口で行えます。</source>
        <translation>A senha foi digitada errada 3 vezes e foi bloqueada. O desbloqueio pode ser feito na prefeitura da sua cidade.</translation>
    </message>
    <message>
        <source>このカードは顔認証マイナンバーカードです（暗証番号はありません）。</source>
        <translation>Este é um Cartão My Number só com reconhecimento facial (não tem senha).</translation>
    </message>
    <message>
        <source>カードの写真と一致しませんでした。</source>
        <translation>Seu rosto não corresponde à foto do cartão.</translation>
    </message>
    <message>
        <source>顔を確認できませんでした。</source>
        <translation>Não foi possível verificar seu rosto.</translation>
    </message>
    <message>
        <source>カメラが使えません。</source>
        <translation>Não é possível usar a câmera.</translation>
    </message>
    <message>
        <source>カードの写真を読み取れません。</source>
        <translation>Não é possível ler a foto do cartão.</translation>
    </message>
    <message>
        <source>ロックを解除</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>%1 はパスワードの入力が止められています（%2 まで）。</source>
        <translation>%1 não aceita senhas (até %2).</translation>
    </message>
    <message>
        <source>ロックを解除しました。</source>
        <translation>Desbloqueado.</translation>
    </message>
    <message>
        <source>パスワードが違います。</source>
        <translation>A senha do estabelecimento está incorreta.</translation>
    </message>
    <message>
        <source>解除できませんでした。</source>
        <translation>Não foi possível desbloquear.</translation>
    </message>
    <message>
        <source>Web API（登録のない医療機関コード）</source>
        <translation>API web (código de instituição não registrado)</translation>
    </message>
    <message>
        <source>Web API（医療機関コード %1）</source>
        <translation>API web (código de instituição %1)</translation>
    </message>
    <message>
        <source>パスワードの入力ができなくなりました。係員をお呼びください。</source>
        <translation>Não é mais possível digitar a senha. Chame um funcionário.</translation>
    </message>
    <message>
        <source>この施設では目視確認を行っていません。</source>
        <translation>Este estabelecimento não faz verificação visual por funcionários.</translation>
    </message>
    <message>
        <source>このカードは一時利用停止されています（紛失・盗難の届出）。</source>
        <translation>Este cartão está suspenso temporariamente (foi comunicada perda ou roubo).</translation>
    </message>
    <message>
        <source>このカードの電子証明書は失効しています。</source>
        <translation>O certificado eletrônico deste cartão foi revogado.</translation>
    </message>
    <message>
        <source>このカードの電子証明書の有効期限が切れています。</source>
        <translation>O certificado eletrônico deste cartão está vencido.</translation>
    </message>
    <message>
        <source>このカードの電子証明書はまだ有効になっていません。</source>
        <translation>O certificado eletrônico deste cartão ainda não é válido.</translation>
    </message>
    <message>
        <source>このカードの電子証明書を確認できません。</source>
        <translation>Não é possível verificar o certificado eletrônico deste cartão.</translation>
    </message>
    <message>
        <source>健康保険証としての利用登録をしていません。受付の職員に資格確認書などをお見せください。</source>
        <translation>Este cartão não está cadastrado como cartão do seguro de saúde. Mostre a um funcionário da recepção seu Certificado de Elegibilidade (資格確認書) ou documento parecido.</translation>
    </message>
    <message>
        <source>このカードは登録済みです。変更はありません。</source>
        <translation>Este cartão já está cadastrado. Nada foi alterado.</translation>
    </message>
    <message>
        <source>健康保険証としての利用登録が完了しました。</source>
        <translation>O cadastro como cartão do seguro de saúde foi concluído.</translation>
    </message>
    <message>
        <source>保険の資格情報が見つからないため、登録できませんでした。</source>
        <translation>Os dados do seu seguro de saúde não foram encontrados, por isso não foi possível cadastrar.</translation>
    </message>
    <message>
        <source>このカードは登録できません。</source>
        <translation>Este cartão não pode ser cadastrado.</translation>
    </message>
    <message>
        <source>保険資格を確認しました。</source>
        <translation>Seu seguro de saúde foi confirmado.</translation>
    </message>
    <message>
        <source>有効な保険資格が確認できませんでした（資格無効）。</source>
        <translation>Não foi possível confirmar um seguro de saúde válido (資格無効: inválido).</translation>
    </message>
    <message>
        <source>新しい保険の資格がまだ有効になっていません。</source>
        <translation>Seu novo seguro de saúde ainda não está ativo.</translation>
    </message>
    <message>
        <source>保険の資格情報がありません。</source>
        <translation>Não há dados de seguro de saúde.</translation>
    </message>
    <message>
        <source>資格情報を特定できませんでした。</source>
        <translation>Não foi possível identificar seus dados de seguro.</translation>
    </message>
    <message>
        <source>電子証明書の有効期限が切れています。保険資格の確認のみ行いました（医療情報は共有されません）。</source>
        <translation>Seu certificado eletrônico está vencido. Foi verificado apenas o seu seguro de saúde (nenhuma informação médica é compartilhada).</translation>
    </message>
    <message>
        <source>電子証明書の更新時期です。お住まいの市区町村の窓口で更新してください。</source>
        <translation>Está na hora de renovar seu certificado eletrônico. Renove-o na prefeitura da sua cidade.</translation>
    </message>
    <message>
        <source>操作がなかったため、最初の画面に戻りました。</source>
        <translation>Como não houve atividade, voltamos à tela inicial.</translation>
    </message>
    <message>
        <source>受付を中止しました。</source>
        <translation>O procedimento foi cancelado.</translation>
    </message>
    <message>
        <source>お住まいの市区町村の窓口へお越しください。</source>
        <translation>Vá à prefeitura da sua cidade.</translation>
    </message>
    <message>
        <source>マイナンバー総合フリーダイヤル %1（紛失・盗難による一時利用停止は24時間365日）</source>
        <translation>Linha gratuita do My Number %1 (suspensão por perda ou roubo: 24 horas, todos os dias do ano)</translation>
    </message>
    <message>
        <source>医療機関・薬局の顔認証付きカードリーダーをご利用ください。</source>
        <translation>Use o leitor de cartão com reconhecimento facial de uma clínica ou farmácia.</translation>
    </message>
    <message>
        <source>加入している保険者（勤務先の健康保険組合など）にお問い合わせください。</source>
        <translation>Entre em contato com a sua seguradora de saúde (por exemplo, a associação de seguro de saúde da empresa onde trabalha).</translation>
    </message>
    <message>
        <source>もう一度お試しください。</source>
        <translation>Tente novamente.</translation>
    </message>
    <message>
        <source>顔が見つかりません。カメラの正面に立ってください。</source>
        <translation>Seu rosto não foi encontrado. Fique de frente para a câmera.</translation>
    </message>
    <message>
        <source>複数の顔が映っています。お一人でカメラの前に立ってください。</source>
        <translation>Há mais de um rosto na imagem. Só uma pessoa deve ficar na frente da câmera.</translation>
    </message>
    <message>
        <source>もう少しカメラに近づいてください。</source>
        <translation>Chegue um pouco mais perto da câmera.</translation>
    </message>
    <message>
        <source>カメラから少し離れてください。</source>
        <translation>Afaste-se um pouco da câmera.</translation>
    </message>
    <message>
        <source>暗すぎます。明るい場所でお試しください。</source>
        <translation>Está escuro demais. Tente em um lugar mais claro.</translation>
    </message>
    <message>
        <source>明るすぎます。逆光を避けてください。</source>
        <translation>Está claro demais. Evite ficar com uma luz forte atrás de você.</translation>
    </message>
    <message>
        <source>顔を動かさないでください。</source>
        <translation>Por favor, não mexa o rosto.</translation>
    </message>
    <message>
        <source>カメラの正面を向いてください。</source>
        <translation>Olhe de frente para a câmera.</translation>
    </message>
    <message>
        <source>まばたきをしてください。</source>
        <translation>Pisque, por favor.</translation>
    </message>
    <message>
        <source>カメラを見て、まばたきをしてください。</source>
        <translation>Olhe para a câmera e pisque.</translation>
    </message>
    <message>
        <source>時間内に確認できませんでした。</source>
        <translation>Não foi possível verificar a tempo.</translation>
    </message>
    <message>
        <source>顔をはっきり確認できませんでした。</source>
        <translation>Não foi possível ver bem o seu rosto.</translation>
    </message>
    <message>
        <source>カメラの映像がありません。</source>
        <translation>Não há imagem da câmera.</translation>
    </message>
    <message>
        <source>診療・薬剤の情報</source>
        <translation>Informações de consultas e remédios</translation>
    </message>
    <message>
        <source>手術の情報</source>
        <translation>Informações de cirurgias</translation>
    </message>
    <message>
        <source>特定健診の情報</source>
        <translation>Informações de exames de saúde específicos (特定健診)</translation>
    </message>
    <message>
        <source>カメラを見てください。</source>
        <translation>Olhe para a câmera.</translation>
    </message>
    <message>
        <source>お問い合わせ: マイナンバー総合フリーダイヤル %1 / 外国語 %2</source>
        <translation>Dúvidas: linha gratuita do My Number %1 / em português e outros idiomas %2</translation>
    </message>
    <message>
        <source>音声案内は利用できません</source>
        <translation>O guia por voz não está disponível</translation>
    </message>
    <message>
        <source>文字を大きく</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>見やすい配色</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>音声案内</source>
        <translation>Guia por voz</translation>
    </message>
    <message>
        <source>目視確認の許可</source>
        <translation>Autorização de verificação visual</translation>
    </message>
    <message>
        <source>読み取り端末で患者さんが「職員を呼ぶ」を選んだとき、その端末での目視確認をここから許可できます。ご本人であることを確かめてから許可してください。許可は5分間、1回だけ有効です。</source>
        <translation>Quando um paciente escolhe “Chamar um funcionário” em um leitor, você pode autorizar aqui a verificação visual nesse leitor. Confirme que é o titular antes de autorizar. A autorização vale uma única vez, por 5 minutos.</translation>
    </message>
    <message>
        <source>読み取り端末</source>
        <translation>Leitor de cartão</translation>
    </message>
    <message>
        <source>施設のパスワード</source>
        <translation>Senha do estabelecimento</translation>
    </message>
    <message>
        <source>目視確認を許可する</source>
        <translation>Autorizar verificação visual</translation>
    </message>
    <message>
        <source>読み取り端末「%1」で目視確認を許可しました（5分間有効）。</source>
        <translation>Verificação visual autorizada no leitor “%1” (válida por 5 minutos).</translation>
    </message>
    <message>
        <source>パスワードが違います。許可していません。</source>
        <translation>A senha do estabelecimento está incorreta. A verificação visual não foi autorizada.</translation>
    </message>
    <message>
        <source>この端末でもパスワードの入力が止められています。</source>
        <translation>Este terminal também não aceita senhas por enquanto.</translation>
    </message>
    <message>
        <source>この施設では目視確認を行っていません（施設の設定）。許可していません。</source>
        <translation>Este estabelecimento não faz verificação visual (configuração do estabelecimento). A verificação visual não foi autorizada.</translation>
    </message>
    <message>
        <source>読み取り端末の名前が正しくありません（50文字まで）。</source>
        <translation>O nome do leitor não é válido (até 50 caracteres).</translation>
    </message>
    <message>
        <source>資格確認システムに接続できません。許可していません。</source>
        <translation>Não é possível conectar ao sistema de verificação de elegibilidade. A verificação visual não foi autorizada.</translation>
    </message>
    <message>
        <source>読み取り端末を選ぶか、入力してください。</source>
        <translation>Escolha ou digite um leitor de cartão.</translation>
    </message>
    <message>
        <source>施設のパスワードを入力してください。</source>
        <translation>Digite a senha do estabelecimento.</translation>
    </message>
    <message>
        <source>確認しています…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>Corrigir</translation>
    </message>
    <message>
        <source>申請書ID（数字23桁）</source>
        <translation>ID do formulário (23 dígitos)</translation>
    </message>
    <message>
        <source>%1 / %2 桁</source>
        <translation>%1 / %2 dígitos</translation>
    </message>
    <message>
        <source>例: taro@example.jp</source>
        <translation>ex.: taro@example.jp</translation>
    </message>
    <message>
        <source>目視確認</source>
        <translation>Verificação visual</translation>
    </message>
    <message>
        <source>本人確認前</source>
        <translation>Antes da verificação de identidade</translation>
    </message>
    <message>
        <source>電子証明書の期限切れ（猶予期間内）</source>
        <translation>certificado vencido (dentro do período de carência)</translation>
    </message>
    <message>
        <source>電子証明書の期限切れ（猶予期間後）</source>
        <translation>certificado vencido (após o período de carência)</translation>
    </message>
    <message>
        <source>電子証明書の有効期間前</source>
        <translation>certificado ainda não válido</translation>
    </message>
    <message>
        <source>一時利用停止中（紛失の届出）</source>
        <translation>suspenso (perda comunicada)</translation>
    </message>
    <message>
        <source>電子証明書の失効</source>
        <translation>certificado revogado</translation>
    </message>
    <message>
        <source>電子証明書の記録なし</source>
        <translation>sem registro do certificado</translation>
    </message>
    <message>
        <source>資格有効</source>
        <translation>Seguro válido</translation>
    </message>
    <message>
        <source>資格なし（新しい保険者の届出前）</source>
        <translation>sem cobertura (a nova operadora ainda não comunicou)</translation>
    </message>
    <message>
        <source>資格なし（新しい資格は開始前）</source>
        <translation>sem cobertura (a nova ainda não começou)</translation>
    </message>
    <message>
        <source>資格の記録なし</source>
        <translation>sem cobertura registrada</translation>
    </message>
    <message>
        <source>ICチップ破損（読み取れません）</source>
        <translation>chip danificado (não pode ser lido)</translation>
    </message>
    <message>
        <source>利用登録済み</source>
        <translation>cadastrado</translation>
    </message>
    <message>
        <source>顔認証カード（暗証番号なし）</source>
        <translation>cartão de reconhecimento facial (sem PIN)</translation>
    </message>
    <message>
        <source>暗証番号ロック中</source>
        <translation>PIN bloqueado</translation>
    </message>
    <message>
        <source>暗証番号 残り %1 回</source>
        <translation>PIN: restam %1 tentativas</translation>
    </message>
    <message>
        <source>被扶養者</source>
        <translation>dependente</translation>
    </message>
    <message>
        <source>15歳未満</source>
        <translation>menor de 15 anos</translation>
    </message>
    <message>
        <source>70歳以上</source>
        <translation>70 anos ou mais</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>資格無効</source>
        <translation>Seguro inválido</translation>
    </message>
    <message>
        <source>資格無効（新しい資格あり）</source>
        <translation>Inválido (há uma cobertura mais recente)</translation>
    </message>
    <message>
        <source>資格情報なし</source>
        <translation>Sem dados de seguro</translation>
    </message>
    <message>
        <source>複数該当（枝番で特定）</source>
        <translation>Várias correspondências (identificar pelo subnúmero)</translation>
    </message>
    <message>
        <source>受付完了</source>
        <translation>Recepção concluída</translation>
    </message>
    <message>
        <source>証明書エラー</source>
        <translation>Erro de certificado</translation>
    </message>
    <message>
        <source>利用登録なし</source>
        <translation>Sem cadastro</translation>
    </message>
    <message>
        <source>利用登録できず</source>
        <translation>Cadastro não realizado</translation>
    </message>
    <message>
        <source>中断</source>
        <translation>Interrompido</translation>
    </message>
    <message>
        <source>システムエラー</source>
        <translation>Erro do sistema</translation>
    </message>
    <message>
        <source>診療・薬剤</source>
        <translation>Consultas e remédios</translation>
    </message>
    <message>
        <source>手術</source>
        <translation>Cirurgias</translation>
    </message>
    <message>
        <source>特定健診</source>
        <translation>Exames de saúde específicos</translation>
    </message>
    <message>
        <source>証明書期限切れ（猶予期間：資格確認のみ）</source>
        <translation>Certificado vencido (período de carência: só verificação do seguro)</translation>
    </message>
    <message>
        <source>証明書の更新時期</source>
        <translation>Certificado a renovar</translation>
    </message>
    <message>
        <source>受付時に利用登録</source>
        <translation>Cadastrado na recepção</translation>
    </message>
    <message>
        <source>複数該当</source>
        <translation>Várias correspondências</translation>
    </message>
    <message>
        <source>途中でカードが取り出された</source>
        <translation>Cartão retirado no meio do procedimento</translation>
    </message>
    <message>
        <source>資格情報なし（登録できず）</source>
        <translation>Sem dados de seguro (não cadastrado)</translation>
    </message>
    <message>
        <source>他の方に登録済みのカード</source>
        <translation>Cartão cadastrado para outra pessoa</translation>
    </message>
    <message>
        <source>一時利用停止中のカード</source>
        <translation>Cartão suspenso</translation>
    </message>
    <message>
        <source>証明書失効</source>
        <translation>Certificado revogado</translation>
    </message>
    <message>
        <source>証明書期限切れ</source>
        <translation>Certificado vencido</translation>
    </message>
    <message>
        <source>証明書の有効期間前</source>
        <translation>Certificado ainda não válido</translation>
    </message>
    <message>
        <source>不明な証明書</source>
        <translation>Certificado desconhecido</translation>
    </message>
    <message>
        <source>確認できない証明書</source>
        <translation>Certificado não verificável</translation>
    </message>
    <message>
        <source>顔認証の処理が時間内に終わらず</source>
        <translation>A verificação facial não terminou a tempo</translation>
    </message>
    <message>
        <source>端末の処理が止まり、受付をやり直し</source>
        <translation>O terminal travou; atendimento reiniciado</translation>
    </message>
    <message>
        <source>受付中に端末が終了</source>
        <translation>Terminal desligado durante o atendimento</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>家族</source>
        <translation>Dependente</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>未照会</source>
        <translation>Não consultado</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%3/%2/%1</translation>
    </message>
    <message>
        <source>%1割</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>時刻</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>端末</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>カナ</source>
        <translation>Kana</translation>
    </message>
    <message>
        <source>負担</source>
        <translation>Coparticipação</translation>
    </message>
    <message>
        <source>保険者</source>
        <translation>Seguradora</translation>
    </message>
    <message>
        <source>記号・番号・枝番</source>
        <translation>Símbolo / número / subnúmero</translation>
    </message>
    <message>
        <source>資格</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>処方箋</source>
        <translation>Receita</translation>
    </message>
    <message>
        <source>注意</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>結果</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>受付番号</source>
        <translation>Número da recepção</translation>
    </message>
    <message>
        <source>日時</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>本人・家族</source>
        <translation>Titular ou dependente</translation>
    </message>
    <message>
        <source>保険者番号</source>
        <translation>Número da seguradora</translation>
    </message>
    <message>
        <source>保険者名</source>
        <translation>Nome da seguradora</translation>
    </message>
    <message>
        <source>記号</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>番号</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>枝番</source>
        <translation>Subnúmero</translation>
    </message>
    <message>
        <source>負担割合</source>
        <translation>Porcentagem de coparticipação</translation>
    </message>
    <message>
        <source>高齢受給者の負担割合</source>
        <translation>Porcentagem de coparticipação (idoso)</translation>
    </message>
    <message>
        <source>限度額適用区分</source>
        <translation>Categoria de limite de despesas médicas altas</translation>
    </message>
    <message>
        <source>資格取得日</source>
        <translation>Data de início do seguro</translation>
    </message>
    <message>
        <source>資格喪失日</source>
        <translation>Data de término do seguro</translation>
    </message>
    <message>
        <source>喪失事由</source>
        <translation>Motivo do término do seguro</translation>
    </message>
    <message>
        <source>一覧から受付を選ぶと、詳細が表示されます。</source>
        <translation>Selecione uma recepção na lista para ver os detalhes.</translation>
    </message>
    <message>
        <source>受付</source>
        <translation>Recepção</translation>
    </message>
    <message>
        <source>資格情報はありません（照会前に終了したか、該当する資格がありません）。</source>
        <translation>Não há dados do seguro (a recepção terminou antes da consulta ou nenhum seguro corresponde).</translation>
    </message>
    <message>
        <source>被保険者</source>
        <translation>Segurado</translation>
    </message>
    <message>
        <source>資格情報</source>
        <translation>Dados do seguro</translation>
    </message>
    <message>
        <source>資格確認端末 %1</source>
        <translation>Terminal de verificação de elegibilidade %1</translation>
    </message>
    <message>
        <source>%1（医療機関コード %2）受付一覧</source>
        <translation>%1 (código da instituição médica %2): recepções</translation>
    </message>
    <message>
        <source>受付を待っています。</source>
        <translation>Aguardando recepções.</translation>
    </message>
    <message>
        <source>資格確認システムに接続できません: %1</source>
        <translation>Não é possível conectar ao sistema de verificação de elegibilidade: %1</translation>
    </message>
    <message>
        <source>受付 %1 件</source>
        <translation>Recepções: %1</translation>
    </message>
    <message>
        <source>資格確認システムに接続できません。再試行しています: %1</source>
        <translation>Não é possível conectar ao sistema de verificação de elegibilidade. Tentando novamente: %1</translation>
    </message>
    <message>
        <source>カードの本人</source>
        <translation>O titular do cartão</translation>
    </message>
    <message>
        <source>別の人</source>
        <translation>Outra pessoa</translation>
    </message>
    <message>
        <source>本人の写真（印刷物）</source>
        <translation>Foto impressa do titular</translation>
    </message>
    <message>
        <source>誰もいない</source>
        <translation>Ninguém</translation>
    </message>
    <message>
        <source>本人の動画（スマートフォン）</source>
        <translation>Vídeo do titular (no celular)</translation>
    </message>
    <message>
        <source>暗い部屋の本人</source>
        <translation>O titular em um quarto escuro</translation>
    </message>
    <message>
        <source>本人ともう一人</source>
        <translation>O titular e outra pessoa</translation>
    </message>
    <message>
        <source>動画ファイル</source>
        <translation>Arquivo de vídeo</translation>
    </message>
    <message>
        <source>カメラなし（未接続）</source>
        <translation>Sem câmera (não conectada)</translation>
    </message>
    <message>
        <source>ファイルを選ぶ…</source>
        <translation>Escolher um arquivo…</translation>
    </message>
    <message>
        <source>カメラの映像</source>
        <translation>Imagem da câmera</translation>
    </message>
    <message>
        <source>カメラ: %1</source>
        <translation>Câmera: %1</translation>
    </message>
    <message>
        <source>動画ファイルを選ぶ</source>
        <translation>Escolher um arquivo de vídeo</translation>
    </message>
    <message>
        <source>動画</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <source>カードを置く</source>
        <translation>Colocar o cartão</translation>
    </message>
    <message>
        <source>カードを取る</source>
        <translation>Retirar o cartão</translation>
    </message>
    <message>
        <source>差し替える</source>
        <translation>Trocar</translation>
    </message>
    <message>
        <source>リーダーを外す（故障）</source>
        <translation>Desconectar o leitor (falha)</translation>
    </message>
    <message>
        <source>次のコマンドで応答しない</source>
        <translation>Sem resposta ao próximo comando</translation>
    </message>
    <message>
        <source>窓口・コールセンター・保険者の操作（選んだ人に）</source>
        <translation>Ações da prefeitura, da central de atendimento e da seguradora (para a pessoa escolhida)</translation>
    </message>
    <message>
        <source>暗証番号ロック解除（市区町村窓口）</source>
        <translation>Desbloquear a senha (prefeitura)</translation>
    </message>
    <message>
        <source>一時利用停止（紛失の届出）</source>
        <translation>Suspender (comunicar perda)</translation>
    </message>
    <message>
        <source>一時利用停止の解除</source>
        <translation>Retirar a suspensão</translation>
    </message>
    <message>
        <source>保険者を変更（本日から）</source>
        <translation>Trocar de seguradora (a partir de hoje)</translation>
    </message>
    <message>
        <source>人物とカード</source>
        <translation>Pessoas e cartões</translation>
    </message>
    <message>
        <source>カードを置きました: %1</source>
        <translation>Cartão colocado: %1</translation>
    </message>
    <message>
        <source>カードを取りました</source>
        <translation>Cartão retirado</translation>
    </message>
    <message>
        <source>カードを差し替えました: %1</source>
        <translation>Cartão trocado: %1</translation>
    </message>
    <message>
        <source>リーダーを外しました</source>
        <translation>Leitor desconectado</translation>
    </message>
    <message>
        <source>リーダーを接続しました</source>
        <translation>Leitor conectado</translation>
    </message>
    <message>
        <source>次のコマンドでリーダーが応答しなくなります</source>
        <translation>O leitor não responderá ao próximo comando</translation>
    </message>
    <message>
        <source>暗証番号のロックを解除しました（残り %1 回）</source>
        <translation>Senha desbloqueada (restam %1 tentativas)</translation>
    </message>
    <message>
        <source>一時利用停止しました（%1）</source>
        <translation>Cartão suspenso (%1)</translation>
    </message>
    <message>
        <source>一時利用停止を解除しました（%1）</source>
        <translation>Suspensão retirada (%1)</translation>
    </message>
    <message>
        <source>保険者を変更しました: %1</source>
        <translation>Seguradora alterada: %1</translation>
    </message>
    <message>
        <source>この操作は人物のカードにだけ行えます</source>
        <translation>Isto só pode ser feito com o cartão de uma pessoa</translation>
    </message>
    <message>
        <source>リーダー: カードなし</source>
        <translation>Leitor: sem cartão</translation>
    </message>
    <message>
        <source>リーダー: %1</source>
        <translation>Leitor: %1</translation>
    </message>
    <message>
        <source>その他のカード</source>
        <translation>Outro cartão</translation>
    </message>
    <message>
        <source>健康保険証（ICチップなし）</source>
        <translation>Cartão do seguro de saúde (sem chip IC)</translation>
    </message>
    <message>
        <source>交通系ICカード（マイナンバーカードではない）</source>
        <translation>Cartão IC de transporte (não é um Cartão My Number)</translation>
    </message>
    <message>
        <source>電子処方箋を使う</source>
        <translation>Usar receitas eletrônicas</translation>
    </message>
    <message>
        <source>職員の目視確認を認める</source>
        <translation>Permitir verificação visual por funcionários</translation>
    </message>
    <message>
        <source>実行して再生</source>
        <translation>Executar e reproduzir</translation>
    </message>
    <message>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <source>画面ごとの間</source>
        <translation>Pausa entre telas</translation>
    </message>
    <message>
        <source>シナリオ（新しいデモ環境で再生します）</source>
        <translation>Cenário (reproduzido em um ambiente de demonstração novo)</translation>
    </message>
    <message>
        <source>実行中: %1</source>
        <translation>Executando: %1</translation>
    </message>
    <message>
        <source>再生中（シナリオ）: %1</source>
        <translation>Reproduzindo (cenário): %1</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Reprovado</translation>
    </message>
    <message>
        <source>%1: %2（%3 秒）</source>
        <translation>%1: %2 (%3 s)</translation>
    </message>
    <message>
        <source>再生終了: %1</source>
        <translation>Reprodução concluída: %1</translation>
    </message>
    <message>
        <source>実行できませんでした: %1</source>
        <translation>Não foi possível executar: %1</translation>
    </message>
    <message>
        <source>シナリオを選ぶ</source>
        <translation>Escolher um cenário</translation>
    </message>
    <message>
        <source>シナリオ</source>
        <translation>Cenários</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>読み直す</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <source>同意を求める項目</source>
        <translation>Itens que pedem consentimento</translation>
    </message>
    <message>
        <source>顔認証の再試行回数</source>
        <translation>Novas tentativas de reconhecimento facial</translation>
    </message>
    <message>
        <source>無操作で受付を中止するまで</source>
        <translation>Tempo sem atividade antes de cancelar</translation>
    </message>
    <message>
        <source>中止前の警告</source>
        <translation>Aviso antes de cancelar</translation>
    </message>
    <message>
        <source>既定の言語</source>
        <translation>Idioma padrão</translation>
    </message>
    <message>
        <source>施設 %1 の設定</source>
        <translation>Configurações do estabelecimento %1</translation>
    </message>
    <message>
        <source>変更は次の受付（次に置かれたカード）から有効になります。</source>
        <translation>As alterações valem a partir da próxima recepção (o próximo cartão colocado).</translation>
    </message>
    <message>
        <source>施設の設定を保存しました</source>
        <translation>Configurações do estabelecimento salvas</translation>
    </message>
    <message>
        <source>端末に反映しました: 次に置かれたカードから使われます。</source>
        <translation>Aplicado ao terminal: vale a partir do próximo cartão colocado.</translation>
    </message>
    <message>
        <source>受付の途中です: この受付が終わると反映します。</source>
        <translation>Há uma recepção em andamento: a alteração vale quando ela terminar.</translation>
    </message>
    <message>
        <source>設定を変更できませんでした: %1</source>
        <translation>Não foi possível alterar as configurações: %1</translation>
    </message>
    <message>
        <source>カード・カメラ</source>
        <translation>Cartões e câmera</translation>
    </message>
    <message>
        <source>施設の設定</source>
        <translation>Configurações do estabelecimento</translation>
    </message>
    <message>
        <source>職員画面（資格確認端末）を開く</source>
        <translation>Abrir a tela dos funcionários (terminal de verificação de elegibilidade)</translation>
    </message>
    <message>
        <source>端末: %1</source>
        <translation>Terminal: %1</translation>
    </message>
    <message>
        <source>拒否: %1</source>
        <translation>Recusado: %1</translation>
    </message>
    <message>
        <source>処理中…</source>
        <translation>Processando…</translation>
    </message>
    <message>
        <source>顔が写っていません。カメラの正面に座ってください。</source>
        <translation>Nenhum rosto na foto. Sente-se de frente para a câmera.</translation>
    </message>
    <message>
        <source>複数の顔が写っています。お一人で撮影してください。</source>
        <translation>Há mais de um rosto na foto. Tire a foto sozinho(a).</translation>
    </message>
    <message>
        <source>顔が正面を向いていないか、傾いています。まっすぐカメラを見てください。</source>
        <translation>O rosto está virado ou inclinado. Olhe diretamente para a câmera.</translation>
    </message>
    <message>
        <source>顔の大きさや位置が枠に合っていません。枠に顔を合わせてください。</source>
        <translation>O tamanho ou a posição do rosto não se encaixam na moldura. Ajuste o rosto à guia.</translation>
    </message>
    <message>
        <source>目がはっきり写っていません。サングラスを外し、目を開けてください。</source>
        <translation>Os olhos não aparecem com nitidez. Tire os óculos de sol e mantenha os olhos abertos.</translation>
    </message>
    <message>
        <source>背景が無地ではありません。後ろに模様や物が写らないようにしてください。</source>
        <translation>O fundo não é liso. Evite que apareçam estampas ou objetos atrás de você.</translation>
    </message>
    <message>
        <source>顔や背景に強い影があります。</source>
        <translation>Há uma sombra forte no rosto ou no fundo.</translation>
    </message>
    <message>
        <source>写真がぼやけています。撮影中は動かないでください。</source>
        <translation>A foto está desfocada. Não se mexa durante a foto.</translation>
    </message>
    <message>
        <source>明るさが適切ではありません（暗すぎるか、明るすぎます）。</source>
        <translation>O brilho não está adequado (escuro ou claro demais).</translation>
    </message>
    <message>
        <source>写真が申請の条件を満たしていません。</source>
        <translation>A foto não atende aos requisitos da solicitação.</translation>
    </message>
    <message>
        <source>申請書IDは数字23桁です（入力は %1 桁）。</source>
        <translation>O ID do formulário tem 23 dígitos (você digitou %1).</translation>
    </message>
    <message>
        <source>申請書IDには数字だけを使えます（%1 文字目が数字ではありません）。</source>
        <translation>O ID do formulário só tem dígitos (o caractere %1 não é um dígito).</translation>
    </message>
    <message>
        <source>QRコードを読み取れませんでした。もう一度かざすか、数字で入力してください。</source>
        <translation>Não foi possível ler o código QR. Mostre-o novamente ou digite os números.</translation>
    </message>
    <message>
        <source>読み取ったQRコードは交付申請書のものではありません。</source>
        <translation>O código QR lido não é de um formulário de solicitação.</translation>
    </message>
    <message>
        <source>数字で入力してください。</source>
        <translation>Digite os números.</translation>
    </message>
    <message>
        <source>メールアドレスを入力してください。</source>
        <translation>Digite um endereço de e-mail.</translation>
    </message>
    <message>
        <source>メールアドレスが長すぎます。</source>
        <translation>O endereço de e-mail é longo demais.</translation>
    </message>
    <message>
        <source>「@」を1つだけ入れてください。</source>
        <translation>Use apenas um &quot;@&quot;.</translation>
    </message>
    <message>
        <source>「@」の前に使えない文字があります。</source>
        <translation>A parte antes do &quot;@&quot; tem um caractere inválido.</translation>
    </message>
    <message>
        <source>「@」の後ろ（ドメイン）が正しくありません。</source>
        <translation>A parte depois do &quot;@&quot; (o domínio) não é válida.</translation>
    </message>
    <message>
        <source>マイナンバーカードの申請</source>
        <translation>Solicitação do cartão My Number</translation>
    </message>
    <message>
        <source>この証明写真機で、マイナンバーカードの交付申請ができます。</source>
        <translation>Nesta cabine de fotos você pode solicitar o cartão My Number.</translation>
    </message>
    <message>
        <source>お手元に交付申請書をご用意ください。</source>
        <translation>Tenha em mãos o formulário de solicitação.</translation>
    </message>
    <message>
        <source>申請をはじめる</source>
        <translation>Iniciar a solicitação</translation>
    </message>
    <message>
        <source>交付申請書の申請書ID（数字23桁）を入力するか、QRコードを読み取ってください。</source>
        <translation>Digite o ID do formulário (23 dígitos) ou faça a leitura do código QR.</translation>
    </message>
    <message>
        <source>申請書IDの入力</source>
        <translation>ID do formulário</translation>
    </message>
    <message>
        <source>QRコードを読み取る</source>
        <translation>Ler o código QR</translation>
    </message>
    <message>
        <source>QRコードの読み取り</source>
        <translation>Leitura do código QR</translation>
    </message>
    <message>
        <source>交付申請書のQRコードをカメラにかざしてください。</source>
        <translation>Mostre à câmera o código QR do formulário.</translation>
    </message>
    <message>
        <source>%1 秒以内に読み取れないときは、入力の画面に戻ります。</source>
        <translation>Se não for lido em %1 segundos, você volta à tela de digitação.</translation>
    </message>
    <message>
        <source>数字で入力する</source>
        <translation>Digitar os números</translation>
    </message>
    <message>
        <source>申請書ID: %1</source>
        <translation>ID do formulário: %1</translation>
    </message>
    <message>
        <source>申請用の写真は次のように撮影します。</source>
        <translation>A foto da solicitação é tirada assim:</translation>
    </message>
    <message>
        <source>正面を向き、帽子をとってください。</source>
        <translation>Olhe para a frente e tire o chapéu ou boné.</translation>
    </message>
    <message>
        <source>サングラスや前髪で目を隠さないでください。</source>
        <translation>Não cubra os olhos com óculos de sol ou cabelo.</translation>
    </message>
    <message>
        <source>背景に模様や物、ほかの人が写らないようにしてください。</source>
        <translation>Não deixe estampas, objetos ou outras pessoas aparecerem no fundo.</translation>
    </message>
    <message>
        <source>顔や背景に影ができないようにしてください。</source>
        <translation>Evite sombras no rosto e no fundo.</translation>
    </message>
    <message>
        <source>撮影中は動かないでください。ぼやけた写真は使えません。</source>
        <translation>Não se mexa durante a foto: uma foto desfocada não pode ser usada.</translation>
    </message>
    <message>
        <source>ふだんの顔と著しく異なる写真は使えません。</source>
        <translation>Uma foto muito diferente da sua aparência habitual não pode ser usada.</translation>
    </message>
    <message>
        <source>帽子の有無と、ふだんの顔と異なっていないかは自動では確認できません。ご自身でお確かめください。</source>
        <translation>Chapéu e se a aparência é a habitual não são verificados automaticamente: confira você mesmo(a).</translation>
    </message>
    <message>
        <source>撮影の前に</source>
        <translation>Antes da foto</translation>
    </message>
    <message>
        <source>撮影に進む</source>
        <translation>Ir para a câmera</translation>
    </message>
    <message>
        <source>申請書IDを直す</source>
        <translation>Corrigir o ID do formulário</translation>
    </message>
    <message>
        <source>写真の撮影</source>
        <translation>Tirar a foto</translation>
    </message>
    <message>
        <source>枠に顔を合わせ、まっすぐカメラを見てください。</source>
        <translation>Ajuste o rosto à guia e olhe diretamente para a câmera.</translation>
    </message>
    <message>
        <source>準備ができたら「撮影する」を押してください。3秒後に撮影します。</source>
        <translation>Quando estiver pronto(a), toque em &quot;Tirar a foto&quot;. Ela é tirada 3 segundos depois.</translation>
    </message>
    <message>
        <source>撮影する</source>
        <translation>Tirar a foto</translation>
    </message>
    <message>
        <source>%1 秒後に撮影します</source>
        <translation>Foto em %1 segundos</translation>
    </message>
    <message>
        <source>カメラを見て、動かないでください。</source>
        <translation>Olhe para a câmera e não se mexa.</translation>
    </message>
    <message>
        <source>写真を確認しています</source>
        <translation>Verificando a foto</translation>
    </message>
    <message>
        <source>しばらくお待ちください。</source>
        <translation>Aguarde um momento.</translation>
    </message>
    <message>
        <source>ほかに %1 点の問題があります。</source>
        <translation>Outros problemas encontrados: %1.</translation>
    </message>
    <message>
        <source>この写真は申請に使えません</source>
        <translation>Esta foto não pode ser usada</translation>
    </message>
    <message>
        <source>もう一度撮影してください。</source>
        <translation>Tire a foto novamente.</translation>
    </message>
    <message>
        <source>撮り直す</source>
        <translation>Tirar de novo</translation>
    </message>
    <message>
        <source>写真の確認</source>
        <translation>Confira sua foto</translation>
    </message>
    <message>
        <source>この写真で申請しますか？</source>
        <translation>Fazer a solicitação com esta foto?</translation>
    </message>
    <message>
        <source>写真は縦45mm×横35mmの枠に合わせて送られます。</source>
        <translation>A foto é enviada recortada em 45 mm de altura por 35 mm de largura.</translation>
    </message>
    <message>
        <source>この写真で申請する</source>
        <translation>Usar esta foto</translation>
    </message>
    <message>
        <source>メールアドレスが正しくありません。</source>
        <translation>O endereço de e-mail não é válido.</translation>
    </message>
    <message>
        <source>カードの交付の準備ができたときに連絡するメールアドレスを入力してください。</source>
        <translation>Digite o e-mail para ser avisado(a) quando o cartão estiver pronto.</translation>
    </message>
    <message>
        <source>連絡先メールアドレス</source>
        <translation>E-mail de contato</translation>
    </message>
    <message>
        <source>申請内容の確認</source>
        <translation>Confira sua solicitação</translation>
    </message>
    <message>
        <source>メールアドレス: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>撮影した写真とこの内容で申請します。よろしいですか？</source>
        <translation>A solicitação será enviada com a foto tirada e estes dados. Está correto?</translation>
    </message>
    <message>
        <source>申請する</source>
        <translation>Solicitar</translation>
    </message>
    <message>
        <source>メールアドレスを直す</source>
        <translation>Corrigir o e-mail</translation>
    </message>
    <message>
        <source>送信中</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>申請を送信しています。しばらくお待ちください。</source>
        <translation>Enviando sua solicitação. Aguarde um momento.</translation>
    </message>
    <message>
        <source>申請を受け付けました</source>
        <translation>Solicitação recebida</translation>
    </message>
    <message>
        <source>受付番号: %1</source>
        <translation>Número do protocolo: %1</translation>
    </message>
    <message>
        <source>受付番号はこの画面にだけ表示されます。お控えください。</source>
        <translation>O número do protocolo só aparece nesta tela. Anote-o.</translation>
    </message>
    <message>
        <source>カードの交付の準備ができると、メールでお知らせします。</source>
        <translation>Você receberá um e-mail quando o cartão estiver pronto.</translation>
    </message>
    <message>
        <source>終了</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>送信できませんでした</source>
        <translation>Não foi possível enviar</translation>
    </message>
    <message>
        <source>もう一度送信するか、中止してください。</source>
        <translation>Envie novamente ou cancele.</translation>
    </message>
    <message>
        <source>もう一度送信する</source>
        <translation>Enviar novamente</translation>
    </message>
    <message>
        <source>カード</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <source>完了</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>申請</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>規約</source>
        <translation>Termos</translation>
    </message>
    <message>
        <source>確認</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>申請書ID</source>
        <translation>ID do formulário</translation>
    </message>
    <message>
        <source>写真</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>連絡先</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>医療機関の受付</source>
        <translation>recepção da clínica</translation>
    </message>
    <message>
        <source>利用登録のセルフ端末</source>
        <translation>terminal de autoatendimento para cadastro</translation>
    </message>
    <message>
        <source>マイナポータル（スマートフォン）</source>
        <translation>Mynaportal (celular)</translation>
    </message>
    <message>
        <source>証明写真機（交付申請）</source>
        <translation>cabine de fotos (pedido do cartão)</translation>
    </message>
    <message>
        <source>マイナ保険証 受付 — %1</source>
        <translation>Recepção do seguro de saúde com Cartão My Number — %1</translation>
    </message>
    <message>
        <source>QA パネル（エミュレーター） — %1</source>
        <translation>Painel de QA (emulador) — %1</translation>
    </message>
    <message>
        <source>再生: %1 — %2</source>
        <translation>Reprodução: %1 — %2</translation>
    </message>
    <message>
        <source>準備中</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>係員メニュー：端末の終了</source>
        <translation>Menu da equipe: desligar o terminal</translation>
    </message>
    <message>
        <source>施設のパスワードを入力すると、この端末を終了します。</source>
        <translation>Digite a senha da instituição para desligar este terminal.</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>端末を終了します。</source>
        <translation>Desligando o terminal.</translation>
    </message>
    <message>
        <source>パスワードを確認できません。システムに接続できません。</source>
        <translation>Não é possível verificar a senha: sem conexão com o sistema.</translation>
    </message>
    <message>
        <source>OQSフォルダが見つかりません（共有フォルダの接続を確認してください）</source>
        <translation>Pasta OQS não encontrada (verifique a conexão da pasta compartilhada)</translation>
    </message>
    <message>
        <source>書き込めません（ディスクの空きと書き込み権限を確認してください）</source>
        <translation>Não é possível gravar (verifique o espaço livre em disco e a permissão de gravação)</translation>
    </message>
    <message>
        <source>ファイルに書けない値があります</source>
        <translation>Há um valor que não pode ser gravado no arquivo</translation>
    </message>
    <message>
        <source>予期しないエラーです</source>
        <translation>Erro inesperado</translation>
    </message>
    <message>
        <source>書き込み済み</source>
        <translation>Gravado</translation>
    </message>
    <message>
        <source>書き込み失敗</source>
        <translation>Falha na gravação</translation>
    </message>
    <message>
        <source>レセコン連携（OQSファイル）</source>
        <translation>Software da clínica (arquivos OQS)</translation>
    </message>
    <message>
        <source>書き込み %1 件・失敗 %2 件</source>
        <translation>Gravados: %1, falhas: %2</translation>
    </message>
    <message>
        <source>ファイル名・理由</source>
        <translation>Nome do arquivo ou motivo</translation>
    </message>
    <message>
        <source>一覧を隠す</source>
        <translation>Ocultar lista</translation>
    </message>
    <message>
        <source>一覧を表示</source>
        <translation>Mostrar lista</translation>
    </message>
    <message>
        <source>まだありません</source>
        <translation>Nenhum ainda</translation>
    </message>
</context>
</TS>
